#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Times `berthctl image push/pull` against `skopeo copy` on the same image and the same
docker-registry on loopback, interleaved, several runs; prints medians, ratios and peak RSS.

The image: 8 gzip layers of random data (1 GiB by default) in an OCI layout. Each push goes to
an emptied registry (nothing to skip or mount); each pull into an empty directory. Then a second
push of the same image to another repository, which Berth should mount, not upload.

  registry_bench.py [--size-mb 1024] [--runs 5] [--jobs 4] [--contended] [--check]

--contended keeps one core busy with another process while it measures (as on a workstation
doing something else), which has goals of its own. --check fails (exit 1) when the goals are
missed by more than the loose CI margins."""
import argparse, json, os, shutil, socket, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def timed(cmd, env=None):
    """Runs cmd under a python wrapper that reports the child's peak RSS."""
    wrapper = ("import resource,subprocess,sys,time;t=time.monotonic();"
               "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);"
               "e=time.monotonic()-t;"
               "sys.stderr.write(r.stderr.decode(errors='replace')) if r.returncode else None;"
               "print(e, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);sys.exit(r.returncode)")
    out = subprocess.run([sys.executable, "-c", wrapper] + cmd, capture_output=True, env=env)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stderr.decode(errors='replace')}")
    seconds, rss_kib = out.stdout.split()
    return float(seconds), int(rss_kib) / 1024.0

class Registry:
    def __init__(self, root):
        self.root = root
        self.port = free_port()
        self.proc = None

    def start(self, wipe=True):
        self.stop()
        data = os.path.join(self.root, "data")
        if wipe:
            shutil.rmtree(data, ignore_errors=True)
        config = os.path.join(self.root, "config.yml")
        with open(config, "w") as f:
            f.write(f"version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n"
                    f"  filesystem:\n    rootdirectory: {data}\n  delete:\n    enabled: true\n"
                    f"http:\n  addr: 127.0.0.1:{self.port}\n")
        self.proc = subprocess.Popen(["docker-registry", "serve", config], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.1).close()
                return
            except OSError:
                time.sleep(0.05)
        sys.exit("docker-registry did not start")

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait()
            self.proc = None

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--berthctl", default=os.path.join(HERE, "..", "..", "build", "cli", "berthctl"))
    p.add_argument("--size-mb", type=int, default=1024)
    p.add_argument("--layers", type=int, default=8)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--jobs", type=int, default=4)
    p.add_argument("--contended", action="store_true", help="keep one core busy while measuring")
    p.add_argument("--check", action="store_true", help="fail when loose bounds are missed")
    a = p.parse_args()
    work = tempfile.mkdtemp(prefix="berth-bench-")
    busy = None
    try:
        image = os.path.join(work, "image")
        print(f"building a {a.size_mb} MiB image of {a.layers} gzip layers...", flush=True)
        subprocess.run([sys.executable, os.path.join(HERE, "..", "support", "make-oci-image.py"), "--out", image,
                        "--name", "bench", "--layers", str(a.layers),
                        "--layer-size", str(a.size_mb * 1024 * 1024 // a.layers)], check=True, stdout=subprocess.DEVNULL)
        registry = Registry(work)
        env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"), HOME=os.path.join(work, "home"))
        os.makedirs(env["HOME"], exist_ok=True)
        host = lambda: f"127.0.0.1:{registry.port}"
        if a.contended:
            # Another process that wants a whole core for as long as the measurements run.
            busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        results = {"berth push": [], "skopeo push": [], "berth pull": [], "skopeo pull": []}
        rss = {k: [] for k in results}
        for run_no in range(a.runs):
            for tool in (["berth", "skopeo"] if run_no % 2 == 0 else ["skopeo", "berth"]):
                registry.start(wipe=True)
                shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
                if tool == "berth":
                    cmd = [a.berthctl, "image", "push", f"oci:{image}:bench", f"{host()}/bench/app:v1",
                           "--tls-verify=false", "--jobs", str(a.jobs)]
                else:
                    cmd = ["skopeo", "copy", "--dest-tls-verify=false", f"oci:{image}:bench", f"docker://{host()}/bench/app:v1"]
                t, m = timed(cmd, env)
                results[f"{tool} push"].append(t)
                rss[f"{tool} push"].append(m)
            # Pull what is there, into empty directories.
            for tool in (["skopeo", "berth"] if run_no % 2 == 0 else ["berth", "skopeo"]):
                out = os.path.join(work, f"pulled-{tool}")
                shutil.rmtree(out, ignore_errors=True)
                if tool == "berth":
                    cmd = [a.berthctl, "image", "pull", f"{host()}/bench/app:v1", f"oci:{out}:v1", "--tls-verify=false",
                           "--jobs", str(a.jobs)]
                else:
                    cmd = ["skopeo", "copy", "--src-tls-verify=false", f"docker://{host()}/bench/app:v1", f"oci:{out}:v1"]
                t, m = timed(cmd, env)
                results[f"{tool} pull"].append(t)
                rss[f"{tool} pull"].append(m)
            print(f"run {run_no + 1}/{a.runs}: " + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in results.items()), flush=True)
        # The same image to another repository: mounted, not uploaded.
        mount_t, _ = timed([a.berthctl, "image", "push", f"oci:{image}:bench", f"{host()}/bench/other:v1", "--tls-verify=false"], env)
        registry.stop()
        if busy:
            busy.kill()
            busy.wait()
            busy = None

        med = {k: statistics.median(v) for k, v in results.items()}
        peak = {k: max(v) for k, v in rss.items()}
        push_ratio = med["berth push"] / med["skopeo push"]
        pull_ratio = med["berth pull"] / med["skopeo pull"]
        print()
        pull_goal = 0.65 if a.contended else 0.40
        print(f"image: {a.size_mb} MiB, {a.layers} layers; runs: {a.runs}; jobs: {a.jobs}; cores: {os.cpu_count()}"
              + ("; one core kept busy" if a.contended else ""))
        for k in results:
            goal = " (goal < 64)" if k.startswith("berth") else ""
            print(f"  {k:12s} median {med[k]:6.2f} s   peak RSS {peak[k]:6.1f} MiB{goal}")
        print(f"  push ratio berth/skopeo {push_ratio:.2f} (goal <= 0.60)")
        print(f"  pull ratio berth/skopeo {pull_ratio:.2f} (goal <= {pull_goal:.2f})")
        print(f"  second push, mounted: {mount_t:.2f} s (goal < 0.5)")
        print(json.dumps({"median": med, "peak_rss_mib": peak, "push_ratio": push_ratio, "pull_ratio": pull_ratio,
                          "mount_seconds": mount_t, "contended": a.contended}))
        if a.check:
            # Loose CI bounds: a shared 2-core machine is noisy, small images are latency-bound.
            problems = []
            if push_ratio > 1.5:
                problems.append(f"push ratio {push_ratio:.2f} > 1.5")
            pull_bound = 1.6 if a.contended else 1.2
            if pull_ratio > pull_bound:
                problems.append(f"pull ratio {pull_ratio:.2f} > {pull_bound}")
            if peak["berth push"] > 128 or peak["berth pull"] > 128:
                problems.append(f"peak RSS {max(peak['berth push'], peak['berth pull']):.0f} MiB > 128")
            if mount_t > 2.0:
                problems.append(f"mounted push {mount_t:.2f} s > 2")
            if problems:
                print("BENCHMARK BOUNDS MISSED: " + "; ".join(problems))
                return 1
            print("1 passed, 0 failed")
        return 0
    finally:
        if busy:
            busy.kill()
            busy.wait()
        shutil.rmtree(work, ignore_errors=True)

if __name__ == "__main__":
    sys.exit(main())
