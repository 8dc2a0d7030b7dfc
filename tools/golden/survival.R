# Regenerates the survival golden files of tests/Lutetia.Statistics.Tests/golden/survival/
# from R's survival (3.5) and cmprsk (2.2) on R's bundled datasets and on edge cases.
# Run from the repository root:  Rscript tools/golden/survival.R
# Every number is printed with 17 significant digits; NA is written as NA. The input data of
# every case is written too, so that the C# tests use exactly the data R used.
suppressPackageStartupMessages({ library(survival); library(cmprsk) })
out <- "tests/Lutetia.Statistics.Tests/golden/survival"
dir.create(out, recursive = TRUE, showWarnings = FALSE)

source("tools/golden/golden_io.R")

# ---- inputs: time, status (0/1), group (string label, "" for none), strata ----------------
lung2 <- lung
cases <- list(
  lung      = data.frame(time = lung$time, status = lung$status - 1, group = as.character(lung$sex), strata = as.character(lung$ph.ecog)),
  veteran   = data.frame(time = veteran$time, status = veteran$status, group = as.character(veteran$celltype), strata = as.character(veteran$trt)),
  aml       = data.frame(time = aml$time, status = aml$status, group = as.character(aml$x), strata = "1"),
  ovarian   = data.frame(time = ovarian$futime, status = ovarian$fustat, group = as.character(ovarian$rx), strata = as.character(ovarian$resid.ds)),
  pbc       = with(pbc[!is.na(pbc$trt), ], data.frame(time = time, status = as.numeric(status == 2), group = as.character(trt), strata = as.character(sex))),
  colon     = data.frame(time = colon$time, status = colon$status, group = as.character(colon$rx), strata = as.character(colon$etype)),
  all_censored = data.frame(time = c(3, 5, 5, 8, 13), status = 0, group = "", strata = "1"),
  all_events   = data.frame(time = c(2, 4, 4, 7, 9, 9, 9), status = 1, group = "", strata = "1"),
  one_subject  = data.frame(time = 7, status = 1, group = "", strata = "1"),
  one_censored = data.frame(time = 7, status = 0, group = "", strata = "1"),
  event_at_last = data.frame(time = c(1, 2, 2, 3, 5, 6), status = c(1, 0, 1, 1, 0, 1), group = "", strata = "1"),
  flat_half_stops = data.frame(time = c(1, 2, 3, 4), status = c(1, 1, 0, 0), group = "", strata = "1"),
  flat_half_drops = data.frame(time = c(1, 2, 3, 4, 6, 7), status = c(1, 1, 1, 0, 1, 0), group = "", strata = "1"),
  near_ties = data.frame(time = c(0.1 + 0.2, 0.3, 1, 1 + 1e-10, 2, 2 * (1 + 1e-9), 3, 3.5, 4, 4 + 1e-12),
                         status = c(1, 1, 0, 1, 1, 1, 0, 1, 1, 0), group = rep(c("a", "b"), 5), strata = "1"),
  zero_expected = data.frame(time = c(0.5, 0.5, 1, 2, 2, 3, 4, 5, 6), status = c(0, 0, 1, 1, 0, 1, 1, 0, 1),
                             group = c("c", "c", "a", "b", "a", "b", "a", "b", "a"), strata = "1"),
  zero_times = data.frame(time = c(0, 0, 1, 2, 3), status = c(1, 0, 1, 0, 1), group = "", strata = "1")
)
set.seed(20261125)
n <- 300
cases$heavy_ties <- data.frame(time = sample(1:6, n, replace = TRUE), status = rbinom(n, 1, 0.7),
                               group = sample(c("b", "a", "c"), n, replace = TRUE),
                               strata = sample(c("x", "y"), n, replace = TRUE))

for (nm in names(cases)) wcsv(cases[[nm]], paste0("data_", nm, ".csv"))

# ---- Kaplan-Meier: summary(fit, censored = TRUE) rows, the table, quantiles ---------------
kmrows <- function(fit, conf) {
  s <- summary(fit, censored = TRUE)
  g <- if (is.null(s$strata)) rep("", length(s$time)) else sub("^group=", "", as.character(s$strata))
  data.frame(group = g, time = s$time, n_risk = s$n.risk, n_event = s$n.event, n_censor = s$n.censor,
             surv = s$surv, std_err = s$std.err, lower = s$lower, upper = s$upper)
}
kmtable <- function(fit) {
  t <- summary(fit)$table
  if (is.null(dim(t))) t <- matrix(t, nrow = 1, dimnames = list("", names(t)))
  colnames(t) <- sub("^0\\.[0-9]+(LCL|UCL)$", "0.95\\1", colnames(t))
  g <- sub("^group=", "", rownames(t))
  if (is.null(fit$strata)) g <- ""
  data.frame(group = g, n = t[, "records"], events = t[, "events"], rmean = t[, "rmean"],
             se_rmean = t[, "se(rmean)"], median = t[, "median"], lcl = t[, "0.95LCL"], ucl = t[, "0.95UCL"])
}
for (nm in names(cases)) {
  d <- cases[[nm]]
  form <- if (all(d$group == "")) Surv(time, status) ~ 1 else Surv(time, status) ~ group
  for (ct in c("log", "log-log", "plain")) {
    fit <- survfit(form, data = d, conf.type = ct)
    tag <- gsub("-", "", ct)
    wcsv(kmrows(fit, ct), sprintf("km_%s_%s.csv", nm, tag))
    wcsv(kmtable(fit), sprintf("kmtable_%s_%s.csv", nm, tag))
    q <- quantile(fit, probs = c(0.1, 0.25, 0.5, 0.75, 0.9))
    qq <- lapply(q, function(m) if (is.null(dim(m))) matrix(m, nrow = 1) else m)
    gl <- if (is.null(fit$strata)) "" else sub("^group=", "", names(fit$strata))
    rows <- list()
    for (i in seq_along(gl)) for (j in 1:5)
      rows[[length(rows) + 1]] <- data.frame(group = gl[i], p = c(0.1, 0.25, 0.5, 0.75, 0.9)[j],
        quantile = qq$quantile[i, j], lower = qq$lower[i, j], upper = qq$upper[i, j])
    wcsv(do.call(rbind, rows), sprintf("kmquantile_%s_%s.csv", nm, tag))
  }
  fit <- survfit(form, data = d)
  times <- sort(unique(c(0, quantile(d$time, c(0.2, 0.5, 0.8), type = 1), max(d$time) / 3)))
  s <- summary(fit, times = times)
  g <- if (is.null(s$strata)) rep("", length(s$time)) else sub("^group=", "", as.character(s$strata))
  wcsv(data.frame(group = g, time = s$time, n_risk = s$n.risk, surv = s$surv), sprintf("kmatrisk_%s.csv", nm))
  rev <- survfit(update(form, Surv(time, 1 - status) ~ .), data = d)
  wcsv(kmtable(rev), sprintf("followup_%s.csv", nm))
}

# ---- a 90 % band: the level is a parameter, not a constant -----------------------------------
fit90 <- survfit(Surv(time, status) ~ group, data = cases$aml, conf.int = 0.90)
wcsv(kmrows(fit90, "log"), "km_aml_log_90.csv")
wcsv(kmtable(fit90), "kmtable_aml_log_90.csv")

# ---- the SPSS-compatible median CI, written out independently from its documented formula ---
# (docs/statistics.md): median = first event time with S <= 0.5; SE = se(S(median)) / f,
# f = (S(u) - S(l)) / (l - u), u = last event time with S >= 0.55 (0 and S = 1 if none),
# l = first event time with S <= 0.45; CI = median -/+ 1.96 SE. Not SPSS output: a cross-check.
spss <- list()
tol <- sqrt(.Machine$double.eps)
for (nm in c("aml", "lung", "veteran", "ovarian", "flat_half_drops", "all_events")) {
  d <- cases[[nm]]
  form <- if (all(d$group == "")) Surv(time, status) ~ 1 else Surv(time, status) ~ group
  s <- summary(survfit(form, data = d))
  g <- if (is.null(s$strata)) rep("", length(s$time)) else sub("^group=", "", as.character(s$strata))
  for (lab in unique(g)) {
    k <- g == lab; t <- s$time[k]; S <- s$surv[k]; se <- s$std.err[k]
    im <- which(S <= 0.5 + tol)[1]; il <- which(S <= 0.45 + tol)[1]; iu <- which(S >= 0.55 - tol)
    med <- if (is.na(im)) NA else t[im]
    ut <- if (length(iu)) t[max(iu)] else 0; us <- if (length(iu)) S[max(iu)] else 1
    sem <- if (is.na(im) || is.na(il)) NA else se[im] / ((us - S[il]) / (t[il] - ut))
    spss[[length(spss) + 1]] <- data.frame(case = nm, group = lab, median = med, se = sem, lower = med - 1.96 * sem, upper = med + 1.96 * sem)
  }
}
wcsv(do.call(rbind, spss), "spss_median.csv")

# ---- log-rank and Peto-Peto (survdiff), plain and stratified -------------------------------
lr <- list()
for (nm in names(cases)) {
  d <- cases[[nm]]
  if (length(unique(d$group)) < 2) next
  for (rho in c(0, 1)) for (strat in c(FALSE, TRUE)) {
    if (strat && length(unique(d$strata)) < 2) next
    f <- if (strat) Surv(time, status) ~ group + strata(strata) else Surv(time, status) ~ group
    sd <- survdiff(f, data = d, rho = rho)
    o <- if (is.matrix(sd$obs)) rowSums(sd$obs) else sd$obs
    e <- if (is.matrix(sd$exp)) rowSums(sd$exp) else sd$exp
    lr[[length(lr) + 1]] <- data.frame(case = nm, rho = rho, stratified = as.integer(strat),
      group = sub("^group=", "", names(sd$n)), observed = o, expected = e, chisq = sd$chisq,
      df = sum(e > 0) - 1, p = sd$pvalue)
  }
}
wcsv(do.call(rbind, lr), "logrank.csv")

# ---- Cox ----------------------------------------------------------------------------------
coxcases <- list(
  lung = list(d = na.omit(data.frame(time = lung$time, status = lung$status - 1, age = lung$age, sex = lung$sex, ph_ecog = lung$ph.ecog, strata = "1")), x = c("age", "sex", "ph_ecog")),
  lung_age_sex = list(d = na.omit(data.frame(time = lung$time, status = lung$status - 1, age = lung$age, sex = lung$sex, ph_ecog = lung$ph.ecog, strata = "1")), x = c("age", "sex")),
  veteran = list(d = data.frame(time = veteran$time, status = veteran$status, trt = veteran$trt, karno = veteran$karno, strata = as.character(veteran$celltype)), x = c("trt", "karno"), strat = TRUE),
  ovarian = list(d = data.frame(time = ovarian$futime, status = ovarian$fustat, age = ovarian$age, resid_ds = ovarian$resid.ds, strata = "1"), x = c("age", "resid_ds")),
  near_ties = list(d = data.frame(time = c(0.1 + 0.2, 0.3, 1, 1 + 1e-10, 2, 2 * (1 + 1e-9), 3, 3.5, 4, 4 + 1e-12, 5, 6),
                                  status = c(1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1), x = c(0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 0, 1), strata = "1"), x = "x"),
  aml = list(d = data.frame(time = aml$time, status = aml$status, maintained = as.numeric(aml$x == "Maintained"), strata = "1"), x = "maintained"),
  colon = list(d = na.omit(data.frame(time = colon$time, status = colon$status, age = colon$age, nodes = colon$nodes, strata = as.character(colon$etype))), x = c("age", "nodes"), strat = TRUE),
  heavy_ties = list(d = data.frame(time = cases$heavy_ties$time, status = cases$heavy_ties$status, a = as.numeric(cases$heavy_ties$group == "a"), c = as.numeric(cases$heavy_ties$group == "c"), strata = cases$heavy_ties$strata), x = c("a", "c"))
)
# A rare binary covariate with a strong effect: the information grows along the Newton path, so
# the first steps overshoot and R halves them (10 iterations for the first): the iteration count
# checks that we follow R's path, halving included.
for (k in 1:2) coxcases[[paste0("halving_", k)]] <- list(
  d = data.frame(time = c(1:18, 1.5, k + 0.5), status = 1, x = c(rep(0, 18), 1, 1), strata = "1"), x = "x")
cx <- list(); cc <- list()
for (nm in names(coxcases)) {
  k <- coxcases[[nm]]
  wcsv(k$d, paste0("coxdata_", nm, ".csv"))
  rhs <- paste(k$x, collapse = " + ")
  if (isTRUE(k$strat)) rhs <- paste(rhs, "+ strata(strata)")
  for (ties in c("efron", "breslow")) {
    fit <- coxph(as.formula(paste("Surv(time, status) ~", rhs)), data = k$d, ties = ties)
    s <- summary(fit)
    cx[[length(cx) + 1]] <- data.frame(case = nm, ties = ties, name = names(coef(fit)), coef = coef(fit),
      se = sqrt(diag(vcov(fit))), hr = exp(coef(fit)), lower = s$conf.int[, "lower .95"], upper = s$conf.int[, "upper .95"],
      z = s$coefficients[, "z"], p = s$coefficients[, "Pr(>|z|)"])
    cc[[length(cc) + 1]] <- data.frame(case = nm, ties = ties, strat = as.integer(isTRUE(k$strat)), n = fit$n, events = fit$nevent,
      loglik0 = fit$loglik[1], loglik1 = fit$loglik[2], lrt = 2 * diff(fit$loglik), wald = fit$wald.test, score = fit$score,
      df = length(coef(fit)), lrt_p = s$logtest["pvalue"], wald_p = s$waldtest["pvalue"], score_p = s$sctest["pvalue"],
      concordance = fit$concordance["concordance"], iter = fit$iter, covariates = paste(k$x, collapse = ";"))
  }
}
wcsv(do.call(rbind, cx), "cox_coefficients.csv")
wcsv(do.call(rbind, cc), "cox_fit.csv")
# A covariate that separates the data: R warns that the coefficient may be infinite.
sep <- data.frame(time = 1:10, status = 1, x = c(1, 1, 1, 1, 1, 0, 0, 0, 0, 0), strata = "1")
wcsv(sep, "coxdata_separated.csv")
msg <- tryCatch({ coxph(Surv(time, status) ~ x, data = sep); "none" }, warning = function(w) conditionMessage(w))
writeLines(msg, file.path(out, "cox_separated_warning.txt"))

# ---- competing risks (cuminc) -------------------------------------------------------------
crcases <- list(
  pbc = with(pbc[!is.na(pbc$trt), ], data.frame(time = time, cause = status, group = as.character(trt), strata = as.character(sex))),
  ties = data.frame(time = cases$heavy_ties$time, cause = ifelse(cases$heavy_ties$status == 0, 0, sample(1:2, n, replace = TRUE)),
                    group = cases$heavy_ties$group, strata = cases$heavy_ties$strata),
  colon = with(colon[colon$etype == 1, ], data.frame(time = time, cause = ifelse(status == 0, 0, ifelse(rx == "Obs", 1, 2)), group = as.character(sex), strata = "1"))
)
cr <- list(); ct <- list()
for (nm in names(crcases)) {
  d <- crcases[[nm]]
  wcsv(d, paste0("crdata_", nm, ".csv"))
  for (strat in c(FALSE, TRUE)) {
    if (strat && length(unique(d$strata)) < 2) next
    for (rho in c(0, 1)) {
      ci <- if (strat) cuminc(d$time, d$cause, d$group, d$strata, rho = rho) else cuminc(d$time, d$cause, d$group, rho = rho)
      tests <- ci$Tests
      ct[[length(ct) + 1]] <- data.frame(case = nm, stratified = as.integer(strat), rho = rho, cause = rownames(tests),
        stat = tests[, "stat"], pv = tests[, "pv"], df = tests[, "df"])
      if (strat || rho != 0) next
      for (cn in setdiff(names(ci), "Tests")) {
        parts <- strsplit(cn, " ")[[1]]
        cr[[length(cr) + 1]] <- data.frame(case = nm, group = parts[1], cause = parts[2], index = seq_along(ci[[cn]]$time),
          time = ci[[cn]]$time, est = ci[[cn]]$est, var = ci[[cn]]$var)
      }
    }
  }
}
wcsv(do.call(rbind, cr), "cuminc_curves.csv")
wcsv(do.call(rbind, ct), "cuminc_tests.csv")
cat("done\n")
