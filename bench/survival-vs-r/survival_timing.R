# Times R's survival on one CSV written by the SurvivalVsR benchmark (bench/survival-vs-r).
# Usage: Rscript survival_timing.R FILE REPS
# The data are loaded once; each call is run once to warm up, then REPS times under system.time;
# the best (smallest) elapsed seconds are printed as "op,seconds", with the statistics the C# side checks
# and R's peak memory (gc "max used", MB).
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
file <- args[1]
reps <- as.integer(args[2])
d <- read.csv(file, colClasses = c("numeric", "integer", "character", "numeric", "numeric"))
d$group <- factor(d$group)
invisible(gc(reset = TRUE))
time_it <- function(f) {
  f()
  min(vapply(seq_len(reps), function(i) system.time(f(), gcFirst = FALSE)[["elapsed"]], 0))
}
km <- time_it(function() survfit(Surv(time, status) ~ group, data = d))
lr <- time_it(function() survdiff(Surv(time, status) ~ group, data = d))
cx <- time_it(function() coxph(Surv(time, status) ~ age + marker, data = d, ties = "efron"))
sd <- survdiff(Surv(time, status) ~ group, data = d)
fit <- coxph(Surv(time, status) ~ age + marker, data = d, ties = "efron")
g <- gc()
peak <- sum(g[, ncol(g)])
cat(sprintf("km,%.6f\nlogrank,%.6f\ncox,%.6f\n", km, lr, cx))
cat(sprintf("check_logrank_chisq,%.17g\ncheck_cox_age,%.17g\ncheck_cox_marker,%.17g\n", sd$chisq, coef(fit)[["age"]], coef(fit)[["marker"]]))
cat(sprintf("peak_mb,%.1f\n", peak))
