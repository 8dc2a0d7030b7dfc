# Writes the end-to-end benchmark's table (bench/end-to-end/run): N subjects, fixed seed.
# Columns time,status,group,age,marker as bench/survival-vs-r writes them: exponential event
# times whose hazard depends on the group (3 levels), age and a log-normal marker; independent
# exponential censoring; times in days to one decimal, so there are ties as in real data.
# Usage: Rscript make_data.R N SEED FILE
args <- commandArgs(trailingOnly = TRUE)
n <- as.integer(args[1])
set.seed(as.integer(args[2]))
g <- sample(0:2, n, replace = TRUE)
age <- round(65 + 10 * rnorm(n), 1)
marker <- round(exp(rnorm(n)), 3)
hazard <- 1 / 900 * exp(0.25 * g + 0.02 * (age - 65) + 0.3 * log(marker))
event <- rexp(n, hazard)
censor <- rexp(n, 1 / 1500)
d <- data.frame(time = round(pmin(event, censor), 1), status = as.integer(event <= censor),
                group = c("A", "B", "C")[g + 1], age = age, marker = marker)
write.csv(d, args[3], row.names = FALSE, quote = FALSE)
