# Shared helpers of the forecasting benchmarks (sourced by forecast_m3.sh, forecast_carparts.sh).
# Environment:
#   LAGOM_SHARED_DIR     the shared data folder (default: <repo>/../shared)
#   LAGOM_BENCH_THREADS  threads for `lagom forecast` (default 0 = all cores)
#   LAGOM_BENCH_R        R reference runs: none, fast (default; skips runs of minutes) or all
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${LAGOM_SHARED_DIR:-$repo/../shared}
threads=${LAGOM_BENCH_THREADS:-0}
r_runs=${LAGOM_BENCH_R:-fast}
out="$repo/out/bench/forecast"
mkdir -p "$out"

have_r() {
  [[ $r_runs != none ]] && command -v Rscript >/dev/null &&
    Rscript -e 'suppressMessages(library(forecast))' >/dev/null 2>&1
}

machine() {
  echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores," \
    "load $(cut -d' ' -f1 /proc/loadavg); $(date -u '+%F %H:%M') UTC"
}

# lagom_run <name> <train> <horizon> <m> <method> <scorer m> <test>: forecast, time, score.
lagom_run() {
  local name=$1 train=$2 horizon=$3 m=$4 method=$5 score_m=$6 test=$7
  local start end
  start=$(date +%s%N)
  "$build/src/cli/lagom" forecast --input "$train" --horizon "$horizon" \
    --season-length "$m" --method "$method" --threads "$threads" \
    --output "$out/$name.csv" 2>"$out/$name.log"
  end=$(date +%s%N)
  score "$name" "$train" "$test" "$score_m" "$(( (end - start) / 1000000 ))"
}

# r_run <name> <train> <horizon> <m> <method> <scorer m> <test>: the same through R.
r_run() {
  local name=$1 train=$2 horizon=$3 m=$4 method=$5 score_m=$6 test=$7 seconds
  seconds=$(Rscript "$repo/bench/forecast_reference.R" "$train" "$horizon" "$m" "$method" \
    "$out/$name.csv" | sed -n 's/^seconds=//p')
  score "$name" "$train" "$test" "$score_m" "$(awk -v s="$seconds" 'BEGIN{printf "%d", s*1000}')"
}

# score <name> <train> <test> <m> <milliseconds>: prints a markdown row.
score() {
  local line
  line=$("$build/bench/forecast_score" "$2" "$3" "$out/$1.csv" "$4" "$1")
  echo "$line,$5" >>"$out/scores.csv"
  echo "$line" | awk -F, -v ms="$5" \
    '{printf "| %s | %d | %.2f | %.3f | %.3f | %.3f | %.3f | %.2f |\n", $1, $2, $3, $4, $5, $6, $7, ms/1000}'
}

table_header() {
  echo "| run | series | sMAPE | MASE | MAE | RMSE | bias (mean y-f) | wall s |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
}
