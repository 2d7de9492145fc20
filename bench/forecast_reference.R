# R's forecast package on the same CSV files as `lagom forecast`, for side-by-side benchmarks.
# Reference only: never a Lagom dependency (apt-get install r-cran-forecast).
# Usage: Rscript forecast_reference.R train.csv horizon frequency method out.csv
#   method: ets thetaf ses naive snaive mean zero croston sba
# Writes series_id,step,forecast and prints "seconds=<wall seconds of the forecasting loop>".
suppressMessages(library(forecast))
a <- commandArgs(trailingOnly = TRUE)
tr <- read.csv(a[1], colClasses = c("character", "character", "character"))
h <- as.integer(a[2]); m <- as.integer(a[3]); method <- a[4]
values <- suppressWarnings(as.numeric(ifelse(tr$value == "NA", NA, tr$value)))
series <- split(values, factor(tr$series_id, levels = unique(tr$series_id)))
fc <- switch(method,
  ets = function(x) forecast(ets(x), h = h)$mean,
  thetaf = function(x) thetaf(x, h = h)$mean,
  ses = function(x) ses(x, h = h)$mean,
  naive = function(x) naive(x, h = h)$mean,
  snaive = function(x) snaive(x, h = h)$mean,
  mean = function(x) rep(mean(x), h),
  zero = function(x) rep(0, h),
  croston = function(x) croston(x, h = h, alpha = 0.1)$mean,
  sba = function(x) 0.95 * croston(x, h = h, alpha = 0.1)$mean,
  stop("unknown method ", method))
t0 <- proc.time()[["elapsed"]]
out <- lapply(series, function(v) {
  x <- ts(v, frequency = m)
  f <- tryCatch(as.numeric(fc(x)), error = function(e) rep(tail(as.numeric(x), 1), h))
  f
})
elapsed <- proc.time()[["elapsed"]] - t0
ids <- names(series)
write.csv(data.frame(series_id = rep(ids, each = h), step = rep(seq_len(h), length(ids)),
                     forecast = signif(unlist(out), 10)),
          a[5], row.names = FALSE, quote = FALSE)
cat(sprintf("seconds=%.2f\n", elapsed))
