# What `lutetia cox FILE --time time --event status --covariates age,marker --out DIR` does, in R
# (issue 17): read the table, fit coxph with Efron's ties and write its summary. R fits the
# multivariable model only and draws no figure, which favours R: Lutetia also fits each term
# alone (k + 1 fits) and draws the forest plot as PNG (300 dpi) and SVG.
# Usage: Rscript cox.R FILE OUTDIR
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
fit <- coxph(Surv(time, status) ~ age + marker, data = d, ties = "efron")
s <- summary(fit)
dir.create(args[2], showWarnings = FALSE)
write.csv(as.data.frame(s$coefficients), file.path(args[2], "coefficients.csv"))
writeLines(capture.output(print(s)), file.path(args[2], "summary.txt"))
