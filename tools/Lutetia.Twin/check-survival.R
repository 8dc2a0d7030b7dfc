# Checks the twin's survival figures with R's survival package (conf.type "log", the default).
# Only a check: building the twin never needs R. Reads any file with the endpoints.csv columns
# (outputs.md): the twin's own derivation, or the endpoints.csv written by `lutetia analyze`.
#   dotnet run --project tools/Lutetia.Twin -- --check --endpoints /tmp/twin-endpoints.csv
#   Rscript tools/Lutetia.Twin/check-survival.R /tmp/twin-endpoints.csv
suppressMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(if (length(args) > 0) args[1] else "/tmp/twin-endpoints.csv", colClasses = c(patient_id = "character"))
d <- d[d$included == "yes", ]
fmt <- function(x) ifelse(is.na(x), "NA", sprintf("%.1f", x))
paper <- list(mm_pfs = c(NA, NA, NA), non_mm_pfs = c(50.3, 38.2, 61.7), os = c(55.0, 39.5, 80.8))
bad <- 0
for (endpoint in names(paper)) {
  fit <- survfit(Surv(d[[paste0(endpoint, "_months")]], d[[paste0(endpoint, "_event")]]) ~ 1)
  s <- summary(fit)$table
  got <- c(s["median"], s["0.95LCL"], s["0.95UCL"])
  want <- paper[[endpoint]]
  # The paper gives no limit for MM-related PFS: only "median not reached" is checked there.
  ok <- if (all(is.na(want))) is.na(got[1]) else all(unname(fmt(got)) == fmt(want))
  if (!ok) bad <- bad + 1
  cat(sprintf("%-4s %-11s n %d events %2d median %s (95%% CI %s-%s)   paper %s (%s-%s)\n",
              if (ok) "ok" else "DIFF", endpoint, fit$n, sum(fit$n.event), fmt(got[1]), fmt(got[2]), fmt(got[3]),
              fmt(want[1]), fmt(want[2]), fmt(want[3])))
}
fu <- median(d$follow_up_months)
cat(sprintf("%-4s median follow-up (last news - last dose) %s months   paper 30.2\n", if (fmt(fu) == "30.2") "ok" else "DIFF", fmt(fu)))
if (fmt(fu) != "30.2") bad <- bad + 1
rev <- summary(survfit(Surv(d$os_months, 1 - d$os_event) ~ 1))$table
cat(sprintf("     reverse Kaplan-Meier median follow-up from the first dose %s months\n", fmt(rev["median"])))
quit(status = if (bad == 0) 0 else 1)
