"""Reads the events a drill's load wrote (bench/SupervisionLoad.java with -Devents=FILE) around the moment of a fault.

    python3 bench/drill-events.py EVENTS FAULT_MS [END_MS]

Prints the requests before and after the fault, the failed ones with their times relative to the fault, when the
last one failed, the sign-in pages (a lost session), and the writer's gap: from its last acknowledged write before the
fault to its first after. END_MS, when given, is when the fault was over for the operator (a restart's `up` done).
"""
import sys

events, fault = sys.argv[1], int(sys.argv[2])
end = int(sys.argv[3]) if len(sys.argv) > 3 else None
ok_before = ok_after = 0
fails, logins, acks = [], [], []
first_ok_after = None
with open(events, encoding='utf-8') as f:
    for line in f:
        parts = line.split()
        if len(parts) < 2:
            continue
        t, kind = int(parts[0]), parts[1]
        if kind == 'OK':
            if t < fault:
                ok_before += 1
            else:
                ok_after += 1
                first_ok_after = first_ok_after or t
        elif kind == 'FAIL':
            fails.append((t, ' '.join(parts[2:])))
        elif kind == 'LOGIN':
            logins.append((t, ' '.join(parts[2:])))
        elif kind == 'ACK':
            acks.append(t)

after = [(t, what) for t, what in fails if t >= fault]
print(f"requests answered: {ok_before} before the fault, {ok_after} after")
print(f"failed requests: {len(fails)} in all, {len(after)} after the fault"
      + (f", from +{(after[0][0] - fault) / 1000:.1f} s to +{(after[-1][0] - fault) / 1000:.1f} s" if after else ""))
kinds = {}
for _, what in after:
    key = 'writer' if what.startswith('writer') else 'reader ' + what.split()[-1]
    kinds[key] = kinds.get(key, 0) + 1
if kinds:
    print("  by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
if after:
    print(f"no failure after +{(after[-1][0] - fault) / 1000:.1f} s")
if end is not None:
    late = [t for t, _ in fails if t > end]
    print(f"failures after the cluster was back (+{(end - fault) / 1000:.1f} s): {len(late)}")
print(f"sign-in pages instead of answers (sessions lost): {len(logins)}")
before = [t for t in acks if t < fault]
later = [t for t in acks if t >= fault]
if before and later:
    print(f"writer: last acknowledged write {(fault - before[-1]) / 1000:.1f} s before the fault, first after it at "
          f"+{(later[0] - fault) / 1000:.1f} s: {(later[0] - before[-1]) / 1000:.1f} s without a write "
          f"(the writer writes once a second)")
print(f"writes acknowledged: {len(acks)}")
