# scripts/cluster test — sourced by scripts/cluster. The fault test of the two-node setup, bounded by `timeout`.
#
# A signed-in load (tiendo bench cluster-load: form login through nginx, dashboard reads, entry-form writes with
# distinct values, every request logged with its time and answering node) runs while:
#   1. node2 is killed with SIGKILL         → after GRACE_NODE no failure, same session cookies, only node1 answers
#   2. the replica is killed (immediate)    → health's replica component says primary-fallback, no failure after GRACE_REPLICA
#      (then it is started again and catches up from its replication slot)
#   3. the primary is stopped for 10 s, then the replica promoted (pg_ctl promote) → meanwhile writes fail fast (503)
#      and API reads go on (replica); after GRACE_PROMOTE writes succeed again through nginx without restarting a node
#      (multi-host TIENDO_DB_URL)
# At the end every acknowledged write must be in the (promoted) database with its value.

GRACE_NODE=5000
GRACE_REPLICA=10000
GRACE_PROMOTE=15000
FAILED=0
REPLICA_FEATURE=0
MARKS=()
SUMMARY=()

ok()   { SUMMARY+=("[ĐẠT]    $*"); say "ĐẠT: $*"; }
bad()  { SUMMARY+=("[LỖI]    $*"); say "LỖI: $*"; FAILED=1; }
skip() { SUMMARY+=("[BỎ QUA] $*"); say "BỎ QUA: $*"; }

test_prepare() {
  say "Chuẩn bị dữ liệu đo (di chuyển lược đồ CSDL, chương trình, tài khoản)…"
  cli bench cluster-load prepare --db-url "$(primary_url)" --db-user tiendo --db-password "$DB_PASSWORD" \
    --setup-file "$DIR/load.setup" --writers 2 >"$DIR/prepare.log" 2>&1 || { cat "$DIR/prepare.log" >&2; die "chuẩn bị thất bại"; }
  # sessions in PostgreSQL (Spring Session JDBC)? Otherwise each node keeps its own and round robin would sign users out
  if [ "$(PSQL_DB=tiendo psql_super "$PG1" -Atc "SELECT to_regclass('public.spring_session') IS NOT NULL")" = t ]; then
    SESSIONS_SHARED=1
  else
    SESSIONS_SHARED=0
    NGINX_NODE2_OFF="# (sessions not shared) "
  fi
}

test_cleanup() {
  local rc=$?
  trap - EXIT
  if [ -n "${LOAD_PID:-}" ]; then rm -f "$DIR/load.running"; kill "$LOAD_PID" 2>/dev/null || true; fi
  if [ -n "${DIR:-}" ] && [ -d "$DIR" ]; then
    if [ "$FAILED" != 0 ] || [ "$rc" != 0 ]; then
      mkdir -p "$here/target/cluster-test"
      cp -r "$DIR"/*.log "$DIR"/*.jstack "$DIR"/load.* "$DIR/nginx/error.log" "$DIR/pg"/*.log "$here/target/cluster-test/" 2>/dev/null || true
      say "Nhật ký giữ lại ở target/cluster-test/"
    fi
    cmd_stop
  fi
  exit "$rc"
}

# a thread dump of a node (kept with the logs when the test fails: where requests wait)
thread_dump() {
  command -v jcmd >/dev/null 2>&1 && timeout 5 jcmd "$2" Thread.print >"$DIR/$1.jstack" 2>&1 || true
}

health_of() { curl -sS -m 3 "http://127.0.0.1:$1/actuator/health" 2>/dev/null || true; }

# requests logged from $1 (epoch ms) on: "node count" lines
nodes_after() { awk -F'\t' -v t="$1" '$1 > t && $7 != "-" { n[$7]++ } END { for (k in n) print k, n[k] }' "$DIR/load.tsv" | sort; }

wait_load_started() {
  local i
  for i in $(seq 1 120); do
    [ -s "$DIR/load.tsv" ] && [ "$(wc -l <"$DIR/load.tsv")" -ge 20 ] && return 0
    kill -0 "$LOAD_PID" 2>/dev/null || { cat "$DIR/load.out" >&2; die "tải đo dừng sớm"; }
    sleep 0.5
  done
  die "tải đo không chạy (xem $DIR/load.out)"
}

phase_node_kill() {
  local header="$1"
  if [ "$SESSIONS_SHARED" != 1 ]; then
    skip "giết node2: phiên chưa lưu trong PostgreSQL (chưa có Spring Session JDBC, nhánh nodes) — nginx chỉ chuyển đến node1, không giết node"
    return
  fi
  T_NODE="$(now_ms)"
  MARKS+=(--mark "$T_NODE=node2 killed")
  kill -KILL "$NODE2_PID"
  say "Đã giết node2 (SIGKILL, pid $NODE2_PID)"
  sleep 20
  if [ "$header" = 1 ]; then
    local after; after="$(nodes_after $((T_NODE + GRACE_NODE)))"
    if [ -n "$after" ] && ! grep -qv "^$NODE1_NAME " <<<"$after"; then ok "sau khi giết node2 chỉ node1 trả lời ($after yêu cầu)"
    else bad "sau khi giết node2 vẫn có trả lời từ: $after"; fi
  fi
}

phase_replica_kill() {
  T_REPLICA="$(now_ms)"
  MARKS+=(--mark "$T_REPLICA=replica killed")
  as_pg "$PGBIN/pg_ctl" -D "$DIR/pg/replica" -m immediate -w stop >/dev/null
  say "Đã giết bản sao (pg_ctl stop -m immediate)"
  sleep 15
  # the replica component's details (mode replica | primary-fallback, reason) are readable anonymously
  local h; h="$(curl -sS -m 3 "http://127.0.0.1:$NODE1/actuator/health/reads" 2>/dev/null || true)"
  grep -q '"mode"' <<<"$h" || h="$(health_of "$NODE1")"
  if grep -q '"mode"\|"replica"' <<<"$h"; then
    REPLICA_FEATURE=1
    if grep -q 'primary-fallback' <<<"$h"; then ok "health của node1 báo đọc đã chuyển về máy chính (primary-fallback)"
    else bad "health của node1 không báo primary-fallback sau khi mất bản sao: $h"; fi
  else
    skip "health chưa có thành phần replica (nhánh replica chưa gộp): không kiểm được đọc chuyển về máy chính"
  fi
  as_pg "$PGBIN/pg_ctl" -D "$DIR/pg/replica" -l "$DIR/pg/replica.log" -w -t 60 start >/dev/null
  MARKS+=(--mark "$(now_ms)=replica started again")
  wait_streaming
  say "Bản sao chạy lại và nhận WAL từ khe sao chép"
  sleep 5
}

phase_promote() {
  T_PRIMARY_DOWN="$(now_ms)"
  MARKS+=(--mark "$T_PRIMARY_DOWN=primary stopped")
  as_pg "$PGBIN/pg_ctl" -D "$DIR/pg/primary" -m fast -w stop >/dev/null
  say "Đã dừng máy chính; nâng bản sao sau 10 s"
  sleep 5
  thread_dump node1-outage "$NODE1_PID"
  sleep 5
  T_PROMOTED="$(now_ms)"
  MARKS+=(--mark "$T_PROMOTED=replica promoted")
  as_pg "$PGBIN/pg_ctl" -D "$DIR/pg/replica" -w promote >/dev/null
  say "Đã nâng bản sao lên máy chính (pg_ctl promote)"
  if [ "$(psql_super "$PG2" -Atc 'SELECT pg_is_in_recovery()')" = f ]; then ok "bản sao đã thành máy chính"
  else bad "bản sao vẫn ở chế độ recovery sau promote"; fi
  sleep 20
  check_primary_down
}

# While the primary was gone (from 1 s after it stopped until the promotion): writes refused fast with 503, API reads
# of the dashboard still answered (by the replica).
check_primary_down() {
  local a=$((T_PRIMARY_DOWN + 1000)) b="$T_PROMOTED" n s m r rf
  # every write started while the primary was gone (and 2 s before the promotion, so it could not reach the new one)
  read -r n s m <<<"$(awk -F'\t' -v a="$a" -v b="$((b - 2000))" '$2 == "write" && $1 >= a && $1 <= b {
      n++; if ($5 == 503 && $6 == "fail") s++; if ($8 > m) m = $8 } END { printf "%d %d %d", n, s, m }' "$DIR/load.tsv")"
  if [ "$REPLICA_FEATURE" != 1 ]; then skip "ghi trong lúc mất máy chính: chưa có từ chối nhanh 503 (nhánh replica chưa gộp; $n lần ghi, $s lần 503, chậm nhất $m ms)"
  elif [ "$n" = 0 ]; then
    bad "khi mất máy chính: không lần ghi nào bắt đầu trong lúc mất máy chính (các yêu cầu ghi bị treo)"
  elif [ "$s" = "$n" ] && [ "$m" -lt 2000 ]; then ok "khi mất máy chính: $n lần ghi bị từ chối bằng 503, chậm nhất $m ms"
  else bad "khi mất máy chính: $n lần ghi, $s lần 503, chậm nhất $m ms (cần mọi lần ghi bị từ chối bằng 503 trong < 2 s)"; fi
  # the writers' signed-in entry-form pages (their sessions are read from the replica, their saves skipped)
  local pn pf
  read -r pn pf <<<"$(awk -F'\t' -v a="$a" -v b="$((b - 2000))" '$2 == "page" && $1 >= a && $1 <= b {
      n++; if ($6 == "fail" || $8 >= 2000) f++ } END { printf "%d %d", n, f }' "$DIR/load.tsv")"
  if [ "$pn" -gt 0 ] && [ "$pf" = 0 ]; then ok "khi mất máy chính: $pn lần mở trang nhập liệu khi đã đăng nhập vẫn được trả lời (phiên đọc từ bản sao)"
  else bad "khi mất máy chính: $pf/$pn lần mở trang nhập liệu khi đã đăng nhập thất bại hoặc chậm hơn 2 s"; fi
  read -r r rf <<<"$(awk -F'\t' -v a="$((T_PRIMARY_DOWN + 3000))" -v b="$b" '$2 == "read" && $1 >= a && $1 <= b - 2000 {
      r++; if ($6 == "fail" || $8 >= 2000) f++ } END { printf "%d %d", r, f }' "$DIR/load.tsv")"
  if [ "$REPLICA_FEATURE" != 1 ]; then skip "đọc trong lúc mất máy chính: chưa có định tuyến đọc sang bản sao ($r lần đọc, $rf lỗi hoặc chậm)"
  elif [ "$r" -gt 0 ] && [ "$rf" = 0 ]; then ok "khi mất máy chính: $r lần đọc API bảng theo dõi vẫn được trả lời (bản sao)"
  else bad "khi mất máy chính: $rf/$r lần đọc API bảng theo dõi thất bại hoặc chậm hơn 2 s (cần đọc tiếp từ bản sao)"; fi
}

verify_load() {
  local allow=(--allow "$T_REPLICA-$((T_REPLICA + GRACE_REPLICA))" --allow "$T_PRIMARY_DOWN-$((T_PROMOTED + GRACE_PROMOTE))")
  [ -n "${T_NODE:-}" ] && allow+=(--allow "$T_NODE-$((T_NODE + GRACE_NODE))")
  if cli bench cluster-load verify --db-url "$(current_primary_url)" --db-user tiendo --db-password "$DB_PASSWORD" \
      --setup-file "$DIR/load.setup" --log "$DIR/load.tsv" "${allow[@]}" "${MARKS[@]}" --writes-after $((T_PROMOTED + GRACE_PROMOTE)) \
      >"$DIR/verify.log" 2>&1; then
    ok "không lỗi nào ngoài thời gian ân hạn; phiên vẫn dùng được; mọi lần ghi được xác nhận đều có trong CSDL; ghi được sau khi nâng bản sao"
  else
    bad "kiểm nhật ký tải không đạt (xem dưới)"
  fi
  sed 's/^/    /' "$DIR/verify.log"
}

cmd_test() {
  local t0; t0="$(date +%s)"
  trap test_cleanup EXIT
  trap 'exit 143' TERM INT
  CLUSTER_BEFORE_NODES=test_prepare cmd_start
  local header=0
  NODE1_NAME="$(curl -sSI -m 3 "http://127.0.0.1:$NODE1/actuator/health" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-tiendo-node" { print $2 }')"
  if [ -n "$NODE1_NAME" ]; then header=1; fi
  [ "$header" = 1 ] || skip "chưa có tiêu đề X-Tiendo-Node (nhánh nodes chưa gộp): không kiểm được node nào trả lời"
  touch "$DIR/load.running"
  cli bench cluster-load run --base-url "http://127.0.0.1:$NGINX_PORT" --setup-file "$DIR/load.setup" --log "$DIR/load.tsv" \
    --stop-file "$DIR/load.running" --readers 2 --seconds 400 >"$DIR/load.out" 2>&1 &
  LOAD_PID=$!
  wait_load_started
  say "Tải đọc/ghi đang chạy qua nginx (2 luồng ghi qua phiên đăng nhập, 2 luồng đọc API)"
  sleep 10
  if [ "$header" = 1 ] && [ "$SESSIONS_SHARED" = 1 ]; then
    local both; both="$(nodes_after 0 | wc -l)"
    if [ "$both" -ge 2 ]; then ok "nginx chia tải cho cả hai node: $(nodes_after 0 | tr '\n' ' ')"
    else bad "chỉ một node trả lời trước khi có sự cố: $(nodes_after 0 | tr '\n' ' ')"; fi
    # the API reads carry one token: nginx keeps a token on one node (its read-your-writes position lives there)
    local api; api="$(awk -F'\t' '$2 == "read" && $7 != "-" { n[$7]++ } END { for (k in n) print k, n[k] }' "$DIR/load.tsv")"
    if [ "$(wc -l <<<"$api")" = 1 ]; then ok "mọi lần đọc API của một mã truy cập đến cùng một node: $api"
    else bad "các lần đọc API của một mã truy cập đến nhiều node: $(tr '\n' ' ' <<<"$api")"; fi
  fi
  phase_node_kill "$header"
  phase_replica_kill
  phase_promote
  rm -f "$DIR/load.running"
  wait "$LOAD_PID" || bad "tải đo kết thúc với lỗi (xem load.out)"
  LOAD_PID=""
  sed 's/^/    /' "$DIR/load.out"
  verify_load
  echo
  echo "=== scripts/cluster test: tóm tắt / summary ($(( $(date +%s) - t0 )) s) ==="
  printf '%s\n' "${SUMMARY[@]}"
  if [ "$FAILED" = 0 ]; then echo "KẾT QUẢ: ĐẠT / PASSED"; else echo "KẾT QUẢ: KHÔNG ĐẠT / FAILED"; fi
  return "$FAILED"
}
