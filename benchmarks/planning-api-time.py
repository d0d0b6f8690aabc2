#!/usr/bin/env python3
"""Time from POST /api/plans to SUCCEEDED for one incident of 150 patients on the running system (docs/benchmarks.md,
"Planning API"). Usage, with ./samverkan up running (its demo data loaded):

    benchmarks/planning-api-time.py [runs]          (default 3)

It reports capacity for every hospital (plausible beds by hospital level; burns at the two burn centres: the demo
data holds no capacity reports), records a bus crash on the E14 west of Östersund with 150 patients (30 P1, 45 P2,
75 P3), plans it `runs` times with the default policy and time limit, prints one JSON line per run (wall time of
the POST and to SUCCEEDED seen by polling every 50 ms, the planner's own time, sizes, gap, load average before
and after), and closes the incident again. Addresses from SAMVERKAN_HTTP_PORT and SAMVERKAN_KEYCLOAK_PORT.
Python 3 standard library only.
"""
import json, os, sys, time, urllib.request

BASE = "http://localhost:%s/api/" % os.environ.get("SAMVERKAN_HTTP_PORT", "8080")
KC = "http://localhost:%s" % os.environ.get("SAMVERKAN_KEYCLOAK_PORT", "8180")
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3

def token(user="coordinator"):
    data = f"grant_type=password&client_id=samverkan-cli&username={user}&password=demo".encode()
    with urllib.request.urlopen(urllib.request.Request(KC + "/realms/samverkan/protocol/openid-connect/token", data=data)) as r:
        return json.load(r)["access_token"]

TOK = token()

def call(method, path, body=None, headers=None):
    h = {"Authorization": "Bearer " + TOK}
    if body is not None:
        h["Content-Type"] = "application/json"
    h.update(headers or {})
    req = urllib.request.Request(BASE + path, method=method, headers=h,
                                 data=None if body is None else json.dumps(body).encode())
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, json.loads(r.read() or b"null"), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null"), dict(e.headers)

def loadavg():
    return open("/proc/loadavg").read().split()[:3]

BEDS = {  # available, additional within 24 h, by hospital level
    "UNIVERSITY": {"MAJOR_TRAUMA": (10, 6), "ICU_ADULT": (6, 4), "NEUROSURGERY": (4, 2), "PAEDIATRIC": (8, 4), "GENERAL_WARD": (60, 30)},
    "COUNTY": {"MAJOR_TRAUMA": (5, 3), "ICU_ADULT": (3, 2), "PAEDIATRIC": (4, 2), "GENERAL_WARD": (35, 15)},
    "LOCAL": {"MAJOR_TRAUMA": (2, 1), "ICU_ADULT": (1, 1), "GENERAL_WARD": (15, 5)},
}
BURN_CENTRES = {"SE-03-UPPSALA", "SE-05-LINKOPING"}

def report_capacity():
    st, hospitals, _ = call("GET", "hospitals")
    assert st == 200, hospitals
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 5))
    for h in hospitals:
        level = h.get("level") or "LOCAL"
        beds = {c: {"available": a, "baseline": a + 2, "additional24h": s} for c, (a, s) in BEDS.get(level, BEDS["LOCAL"]).items()}
        if h["code"] in BURN_CENTRES:
            beds["BURNS"] = {"available": 6, "baseline": 8, "additional24h": 4}
        st, body, _ = call("PUT", f"hospitals/{h['code']}/capacity", {"reportedAt": now, "emergencyDepartment": "NORMAL", "beds": beds})
        assert st == 201, (h["code"], body)
    return len(hospitals)

CASUALTIES = [  # 150 patients: 30 P1, 45 P2, 75 P3
    ("P1", "TRAUMA", True, 20), ("P1", "NEUROSURGERY", True, 4), ("P1", "BURNS", True, 3), ("P1", "INTENSIVE_CARE", True, 3),
    ("P2", "TRAUMA", True, 15), ("P2", "GENERAL", True, 20), ("P2", "PAEDIATRIC", True, 5), ("P2", "BURNS", True, 5),
    ("P3", "GENERAL", False, 65), ("P3", "PAEDIATRIC", False, 10),
]

def main():
    print("hospitals reported:", report_capacity())
    st, inc, _ = call("POST", "incidents", {"name": "Benchmark: bussolycka E14 väster om Östersund",
        "location": {"latitude": 63.25, "longitude": 14.20},
        "casualties": [{"triage": t, "careNeed": n, "lying": l, "count": c} for t, n, l, c in CASUALTIES]})
    assert st == 201, inc
    print("incident", inc["id"], inc["patients"], "patients, region", inc["region"])
    rows = []
    try:
        for i in range(RUNS):
            before = loadavg()
            t0 = time.monotonic()
            st, plan, hdr = call("POST", "plans", {"incidentIds": [inc["id"]]})
            t_accept = time.monotonic() - t0
            assert st == 202, plan
            pid = plan["id"]
            while True:
                st, plan, _ = call("GET", f"plans/{pid}")
                if plan["status"] in ("SUCCEEDED", "FAILED", "CANCELLED"):
                    break
                time.sleep(0.05)
            total = time.monotonic() - t0
            after = loadavg()
            p = plan.get("plan") or {}
            row = dict(run=i + 1, status=plan["status"], post_s=round(t_accept, 2), total_s=round(total, 2),
                       solve_ms=p.get("solveMillis"), units=plan["input"]["units"], hospitals=plan["input"]["hospitals"],
                       excluded_units=len(plan["input"]["excludedUnits"]), gap=p.get("gap"),
                       served=(p.get("figures") or {}).get("served"), unserved=(p.get("figures") or {}).get("unserved"),
                       valid=(p.get("validation") or {}).get("valid"), assignments=len(p.get("assignments") or []),
                       bytes=len(json.dumps(plan)), load_before=before, load_after=after)
            rows.append(row)
            print(json.dumps(row))
            time.sleep(2)
    finally:
        st, cur, hdr = call("GET", f"incidents/{inc['id']}")
        call("POST", f"incidents/{inc['id']}/close", None, {"If-Match": hdr.get("ETag") or hdr.get("Etag")})
    print("cores", os.cpu_count(), "date", time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()))
    done = [r["total_s"] for r in rows if r["status"] == "SUCCEEDED"]
    if done:
        print("POST to SUCCEEDED: first %.2f s, median of the rest %.2f s" % (done[0], sorted(done[1:] or done)[len(done[1:] or done) // 2]))

main()
