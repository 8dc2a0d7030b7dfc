# What `lutetia survival FILE --time time --event status --group group --out DIR` does, in R
# (issue 17): read the table, Kaplan–Meier by group, the summary at every time including the
# censored ones, the log-rank test, and the curve table written as CSV. R draws no figure here,
# which favours R: Lutetia also writes km.png (300 dpi) and km.svg.
# Usage: Rscript survival.R FILE OUTDIR
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
fit <- survfit(Surv(time, status) ~ group, data = d)
s <- summary(fit, censored = TRUE)
lr <- survdiff(Surv(time, status) ~ group, data = d)
km <- data.frame(group = s$strata, time = s$time, n_risk = s$n.risk, n_event = s$n.event,
                 n_censor = s$n.censor, surv = s$surv, std_err = s$std.err, lower = s$lower, upper = s$upper)
dir.create(args[2], showWarnings = FALSE)
write.csv(km, file.path(args[2], "km.csv"), row.names = FALSE)
writeLines(c(capture.output(print(s$table)), capture.output(print(lr))), file.path(args[2], "summary.txt"))
