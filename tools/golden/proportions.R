#!/usr/bin/env Rscript
# Golden values for Lutetia.Statistics' proportions, single-arm designs, Cohen's kappa and
# descriptive statistics. Run from the repository root:
#   Rscript tools/golden/proportions.R
# Writes tests/Lutetia.Statistics.Tests/golden/proportions/*.csv with 17 significant digits.
# Base R only (binom.test, prop.test, pbinom, qnorm, quantile, sd); kappa has no base-R function,
# so it is written here from the published formulas (Cohen 1960, 1968; Fleiss, Cohen & Everitt 1969).

out <- file.path("tests", "Lutetia.Statistics.Tests", "golden", "proportions")
dir.create(out, recursive = TRUE, showWarnings = FALSE)
num <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
write_golden <- function(df, name) {
  for (col in names(df)) if (is.numeric(df[[col]])) df[[col]] <- num(df[[col]])
  write.csv(df, file.path(out, name), row.names = FALSE, quote = FALSE, na = "")
}

# --- Confidence intervals: binom.test (Clopper-Pearson) and prop.test(correct = FALSE) (Wilson)
rows <- list()
for (n in c(1, 2, 3, 5, 10, 27, 41, 52, 100, 333, 1000, 5000, 100000)) {
  for (x in sort(unique(c(0, 1, 2, n %/% 3, n %/% 2, n - 1, n)))) {
    if (x < 0 || x > n) next
    for (level in c(0.5, 0.8, 0.9, 0.95, 0.99, 0.999)) {
      cp <- binom.test(x, n, conf.level = level)$conf.int
      wi <- suppressWarnings(prop.test(x, n, conf.level = level, correct = FALSE)$conf.int)
      rows[[length(rows) + 1]] <- data.frame(x = x, n = n, conf_level = level,
        cp_lower = cp[1], cp_upper = cp[2], wilson_lower = wi[1], wilson_upper = wi[2])
    }
  }
}
# Extremes: a million trials, confidence levels close to 1, a count just off the edge.
for (case in list(c(1, 1e6), c(500000, 1e6), c(999999, 1e6), c(3, 7), c(1, 2000), c(123456, 654321))) {
  for (level in c(0.999999, 0.5, 0.01)) {
    x <- case[1]; n <- case[2]
    cp <- binom.test(x, n, conf.level = level)$conf.int
    wi <- suppressWarnings(prop.test(x, n, conf.level = level, correct = FALSE)$conf.int)
    rows[[length(rows) + 1]] <- data.frame(x = x, n = n, conf_level = level,
      cp_lower = cp[1], cp_upper = cp[2], wilson_lower = wi[1], wilson_upper = wi[2])
  }
}
write_golden(do.call(rbind, rows), "intervals.csv")

# --- Single-arm designs (A'Hern 2001): smallest n with a threshold meeting alpha and power
exact_design <- function(p0, p1, alpha, power, sides) {
  tail <- if (sides == 2) alpha / 2 else alpha
  for (n in 1:20000) {
    if (p1 > p0) {
      r <- 0:(n + 1)
      size <- pbinom(r - 1, n, p0, lower.tail = FALSE)
      r <- min(r[size <= tail])
      if (r > n) next
      a <- pbinom(r - 1, n, p0, lower.tail = FALSE); pw <- pbinom(r - 1, n, p1, lower.tail = FALSE)
      region <- "at_least"
    } else {
      r <- -1:n
      size <- pbinom(r, n, p0)
      r <- max(r[size <= tail])
      if (r < 0) next
      a <- pbinom(r, n, p0); pw <- pbinom(r, n, p1)
      region <- "at_most"
    }
    if (pw >= power) return(list(n = n, r = r, region = region, alpha = sides * a, power = pw))
  }
  stop("no design")
}
normal_design <- function(p0, p1, alpha, power, sides) {
  za <- qnorm(1 - (if (sides == 2) alpha / 2 else alpha)); zb <- qnorm(power)
  ((za * sqrt(p0 * (1 - p0)) + zb * sqrt(p1 * (1 - p1))) / (p1 - p0))^2
}
grid <- expand.grid(p0 = c(0.05, 0.1, 0.2, 0.3, 0.5), p1 = c(0.05, 0.15, 0.2, 0.4, 0.7),
                    alpha = c(0.05, 0.1), power = c(0.8, 0.9), sides = c(1, 2))
grid <- grid[grid$p0 != grid$p1, ]
rows <- list()
for (i in seq_len(nrow(grid))) {
  g <- grid[i, ]
  e <- exact_design(g$p0, g$p1, g$alpha, g$power, g$sides)
  u <- normal_design(g$p0, g$p1, g$alpha, g$power, g$sides)
  rows[[i]] <- data.frame(p0 = g$p0, p1 = g$p1, alpha = g$alpha, power = g$power, sides = g$sides,
    exact_n = e$n, threshold = e$r, rejection = e$region, actual_alpha = e$alpha,
    actual_power = e$power, normal_unrounded = u, normal_n = ceiling(u))
}
write_golden(do.call(rbind, rows), "designs.csv")

# --- Cohen's kappa with the Fleiss, Cohen & Everitt (1969) large-sample standard errors
kappa_row <- function(name, counts, weighting, level = 0.95) {
  k <- nrow(counts); n <- sum(counts); p <- counts / n
  d <- abs(outer(1:k, 1:k, "-"))
  w <- switch(weighting,
    unweighted = diag(k),
    linear = if (k == 1) matrix(1) else 1 - d / (k - 1),
    quadratic = if (k == 1) matrix(1) else 1 - d^2 / (k - 1)^2)
  pr <- rowSums(p); pc <- colSums(p)
  po <- sum(w * p); pe <- sum(w * outer(pr, pc))
  wr <- as.vector(w %*% pc); wc <- as.vector(t(w) %*% pr)
  kappa <- se <- se0 <- lower <- upper <- z <- pval <- NA
  if (1 - pe > 0) {
    kappa <- (po - pe) / (1 - pe)
    v <- (sum(p * (w - outer(wr, wc, "+") * (1 - kappa))^2) - (kappa - pe * (1 - kappa))^2) / (n * (1 - pe)^2)
    v0 <- (sum(outer(pr, pc) * (w - outer(wr, wc, "+"))^2) - pe^2) / (n * (1 - pe)^2)
    se <- sqrt(max(v, 0)); se0 <- sqrt(max(v0, 0))
    q <- qnorm((1 + level) / 2)
    lower <- max(kappa - q * se, -1); upper <- min(kappa + q * se, 1)
    if (se0 > 0) { z <- kappa / se0; pval <- 2 * pnorm(-abs(z)) }
  }
  data.frame(table = name, weighting = weighting, k = k, counts = paste(as.vector(t(counts)), collapse = " "),
    conf_level = level, n = n, percent_agreement = 100 * sum(diag(counts)) / n,
    observed = po, expected = pe, kappa = kappa, se = se, lower = lower, upper = upper,
    se_null = se0, z = z, p = pval)
}
tables <- list(
  fleiss_psychiatric = matrix(c(75, 1, 4, 5, 4, 1, 0, 0, 10), 3, byrow = TRUE),
  two_by_two = matrix(c(20, 5, 10, 15), 2, byrow = TRUE),
  recist_four = matrix(c(3, 1, 0, 0, 1, 12, 3, 0, 0, 2, 15, 1, 0, 0, 1, 4), 4, byrow = TRUE),
  perfect = matrix(c(4, 0, 0, 0, 7, 0, 0, 0, 2), 3, byrow = TRUE),
  worse_than_chance = matrix(c(0, 6, 5, 1), 2, byrow = TRUE),
  empty_category = matrix(c(10, 2, 0, 3, 8, 0, 0, 0, 0), 3, byrow = TRUE),
  one_category = matrix(c(0, 0, 0, 9), 2, byrow = TRUE),
  single = matrix(5, 1, 1))
rows <- list()
for (name in names(tables)) for (weighting in c("unweighted", "linear", "quadratic"))
  for (level in c(0.9, 0.95))
    rows[[length(rows) + 1]] <- kappa_row(name, tables[[name]], weighting, level)
write_golden(do.call(rbind, rows), "kappa.csv")

# --- Descriptive: mean, SD, min, quartiles (type 7), max; NA counted apart
vectors <- list(
  ages = c(47, 52, 55, 58, 61, 63, 64, 66, 68, 70, 70, 71, 73, 75, 78, 81, 84, 89),
  with_missing = c(3.2, NA, 1.5, 7.75, NA, 2.25, 10, 0.125),
  one = 42,
  two = c(1, 2),
  ties = c(5, 5, 5, 5, 1, 9),
  skewed = c(0.03, 0.5, 1, 2, 2, 2.5, 3, 4.6, 7, 11.7, 30.2, 41.7),
  all_missing = c(NA, NA))
rows <- list(); qrows <- list()
for (name in names(vectors)) {
  v <- vectors[[name]]; known <- v[!is.na(v)]
  q <- if (length(known)) quantile(known, c(0, 0.25, 0.5, 0.75, 1), type = 7, names = FALSE) else rep(NA, 5)
  rows[[name]] <- data.frame(vector = name, values = paste(ifelse(is.na(v), "NA", sprintf("%.17g", v)), collapse = " "),
    n = length(known), missing = sum(is.na(v)), mean = if (length(known)) mean(known) else NA,
    sd = if (length(known) > 1) sd(known) else NA, min = q[1], q1 = q[2], median = q[3], q3 = q[4], max = q[5])
  if (length(known)) for (prob in c(0, 0.01, 0.1, 1/3, 0.5, 0.9, 0.975, 1))
    qrows[[length(qrows) + 1]] <- data.frame(vector = name, prob = prob,
      value = quantile(known, prob, type = 7, names = FALSE))
}
write_golden(do.call(rbind, rows), "descriptive.csv")
write_golden(do.call(rbind, qrows), "quantiles.csv")
cat("golden proportions written to", out, "\n")
