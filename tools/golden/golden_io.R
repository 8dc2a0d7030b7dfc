# How every golden script writes its files: numbers with 17 significant digits, NA as NA, plain
# CSV without quotes into the folder `out` that the sourcing script sets.
fmt <- function(x) {
  if (is.numeric(x)) ifelse(is.na(x), "NA", sprintf("%.17g", x)) else ifelse(is.na(x), "NA", as.character(x))
}
wcsv <- function(df, name) {
  df[] <- lapply(df, fmt)
  write.table(df, file.path(out, name), sep = ",", quote = FALSE, row.names = FALSE, na = "NA")
}
