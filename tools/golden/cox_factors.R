# Regenerates the factor-Cox golden files of tests/Lutetia.Statistics.Tests/golden/survival/coxfactor_*
# from R's survival: coxph with factor covariates coded as treatment contrasts, univariable (one
# term alone) and multivariable (all terms), Efron and Breslow, and the n and events per level.
# Run from the repository root:  Rscript tools/golden/cox_factors.R
# Levels are sorted in C-locale (radix) order, as Lutetia sorts them (ordinal); a named reference
# is moved first with relevel(), as Lutetia does. Numbers have 17 significant digits.
suppressPackageStartupMessages(library(survival))
out <- "tests/Lutetia.Statistics.Tests/golden/survival"
dir.create(out, recursive = TRUE, showWarnings = FALSE)

source("tools/golden/golden_io.R")

lung3 <- na.omit(data.frame(time = lung$time, status = lung$status - 1, age = lung$age,
  sex = ifelse(lung$sex == 1, "male", "female"), ecog = as.character(lung$ph.ecog)))
lung3 <- lung3[lung3$ecog != "3", ]   # one subject: left out so that every level has events
cases <- list(
  veteran = list(d = data.frame(time = veteran$time, status = veteran$status, celltype = as.character(veteran$celltype),
                                trt = ifelse(veteran$trt == 1, "standard", "test"), karno = veteran$karno),
                 factors = c("celltype", "trt"), numbers = "karno", reference = character(0)),
  veteran_ref = list(d = data.frame(time = veteran$time, status = veteran$status, celltype = as.character(veteran$celltype),
                                    trt = ifelse(veteran$trt == 1, "standard", "test"), karno = veteran$karno),
                     factors = c("celltype", "trt"), numbers = "karno", reference = c(celltype = "squamous", trt = "test")),
  lung = list(d = lung3, factors = c("sex", "ecog"), numbers = "age", reference = c(sex = "male")),
  ovarian = list(d = data.frame(time = ovarian$futime, status = ovarian$fustat, age = ovarian$age,
                                rx = paste0("rx", ovarian$rx), resid = ifelse(ovarian$resid.ds == 1, "no", "yes"),
                                ecog = as.character(ovarian$ecog.ps)),
                 factors = c("rx", "resid", "ecog"), numbers = "age", reference = character(0))
)

coded <- function(k) {
  d <- k$d
  for (f in k$factors) {
    d[[f]] <- factor(d[[f]], levels = sort(unique(d[[f]]), method = "radix"))
    if (f %in% names(k$reference)) d[[f]] <- relevel(d[[f]], ref = k$reference[[f]])
  }
  d
}

coefs <- list(); levels_out <- list(); spec <- list()
for (nm in names(cases)) {
  k <- cases[[nm]]
  wcsv(k$d, paste0("coxfactordata_", nm, ".csv"))
  d <- coded(k)
  terms <- c(k$factors, k$numbers)
  spec[[nm]] <- data.frame(case = nm, factors = paste(k$factors, collapse = ";"), numbers = paste(k$numbers, collapse = ";"),
    reference = if (length(k$reference)) paste(names(k$reference), k$reference, sep = "=", collapse = ";") else "")
  for (f in k$factors) {
    lv <- levels(d[[f]])
    levels_out[[length(levels_out) + 1]] <- data.frame(case = nm, term = f, level = lv,
      n = as.vector(table(d[[f]])[lv]), events = as.vector(tapply(d$status, d[[f]], sum)[lv]))
  }
  models <- c(setNames(as.list(terms), terms), list(multivariable = terms))
  for (mname in names(models)) {
    for (ties in c("efron", "breslow")) {
      fit <- coxph(as.formula(paste("Surv(time, status) ~", paste(models[[mname]], collapse = " + "))), data = d, ties = ties)
      s <- summary(fit)
      coefs[[length(coefs) + 1]] <- data.frame(case = nm, model = mname, ties = ties, name = names(coef(fit)),
        coef = coef(fit), se = sqrt(diag(vcov(fit))), hr = exp(coef(fit)),
        lower = s$conf.int[, "lower .95"], upper = s$conf.int[, "upper .95"], p = s$coefficients[, "Pr(>|z|)"],
        loglik = fit$loglik[2], n = fit$n, events = fit$nevent)
    }
  }
}
wcsv(do.call(rbind, spec), "coxfactor_cases.csv")
wcsv(do.call(rbind, levels_out), "coxfactor_levels.csv")
wcsv(do.call(rbind, coefs), "coxfactor_coefficients.csv")
