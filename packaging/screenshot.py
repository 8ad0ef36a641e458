#!/usr/bin/python3
"""Take a README screenshot of one Berth page against a fresh berth-sandbox.

    dbus-run-session -- xvfb-run -a -s "-screen 0 1024x700x24" \
        /usr/bin/python3 packaging/screenshot.py BUILD OUT.png PAGE [--pt] [--dark] \
        [--image] [--select ROW]...

The sandbox is seeded as the procedure leaves it (ontap-gold the default class, the registry
Managed on an operator-made claim, the default route and a "mirror" route). PAGE is the page's
title as the View menu names it ("Routes", or "Rotas" with --pt); --select ROW selects the row
of a table whose first cell is ROW, one after the other when given again. --image pushes a test
image as team-a/app:v1 and v2 (the workstation trusting the router CA, the context's project
team-a), for the Images page. The window is driven through AT-SPI, as
tests/gui/atspi_login.py drives it.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

SEED = [
    ["patch", "storageclass", "thin", "-p",
     '{"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"false"}}}'],
    ["patch", "storageclass", "ontap-gold", "-p",
     '{"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}}'],
    ["patch", "configs.imageregistry.operator.openshift.io", "cluster", "--type=merge", "-p",
     '{"spec":{"managementState":"Managed","defaultRoute":true,"storage":{"pvc":{"claim":""}},'
     '"routes":[{"name":"mirror"}]}}'],
]


def find(root, predicate):
    try:
        if predicate(root):
            return root
        for child in root:
            found = child is not None and find(child, predicate)
            if found:
                return found
    except Exception:  # an object that went away while walking
        pass
    return None


def wait_for(what, probe, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.5)
    sys.exit(f"screenshot: {what} did not appear in {timeout} s")


def push_image(build, home, ready, kubeconfig):
    """team-a/app:v1 and v2 in the sandbox's registry; the router CA trusted for it."""
    registry = ready.split("registry=")[1].split()[0].split("://")[1]
    data = os.path.dirname(kubeconfig)
    with open(os.path.join(data, "tokens.json")) as tokens:
        token = json.load(tokens)["kubeadmin"]
    certs = f"{home}/.config/containers/certs.d/{registry}"
    os.makedirs(certs)
    shutil.copy(os.path.join(data, "router-ca.crt"), f"{certs}/ca.crt")
    def available():
        return subprocess.run(
            ["kubectl", "--kubeconfig", kubeconfig, "get",
             "configs.imageregistry.operator.openshift.io", "cluster", "-o",
             'jsonpath={.status.conditions[?(@.type=="Available")].reason}'],
            capture_output=True, text=True).stdout == "Ready"
    wait_for("the registry", available, 20)
    layout = f"{home}/image"
    subprocess.run(["/usr/bin/python3", os.path.join(os.path.dirname(__file__), "..", "tests",
                    "support", "make-oci-image.py"), "--out", layout, "--name", "v1",
                    "--layers", "2"], check=True, capture_output=True)
    env = dict(os.environ, HOME=home)
    for tag in ("v1", "v2"):
        subprocess.run([f"{build}/cli/berthctl", "image", "push", f"oci:{layout}:v1",
                        f"{registry}/team-a/app:{tag}", "--registry-token", token],
                       check=True, env=env)
    subprocess.run(["kubectl", "--kubeconfig", kubeconfig, "config", "set-context", "--current",
                    "--namespace", "team-a"], check=True, capture_output=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("out")
    parser.add_argument("page")
    parser.add_argument("--pt", action="store_true")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--select", action="append", default=[])
    parser.add_argument("--image", action="store_true")
    args = parser.parse_args()

    home = tempfile.mkdtemp(prefix="berth-shot-")
    sandbox = subprocess.Popen([f"{args.build}/tests/sandbox/berth-sandbox", "--data-dir",
                                f"{home}/sandbox"], stdout=subprocess.PIPE, text=True)
    berth = None
    try:
        ready = sandbox.stdout.readline().strip()
        kubeconfig = ready.split("kubeconfig=")[1]
        for seed in SEED:
            subprocess.run(["kubectl", "--kubeconfig", kubeconfig, *seed], check=True,
                           capture_output=True)
        if args.image:
            push_image(args.build, home, ready, kubeconfig)
        os.makedirs(f"{home}/.config/Berth")
        with open(f"{home}/.config/Berth/Berth.conf", "w") as conf:
            conf.write(f"[view]\ntheme={'dark' if args.dark else 'light'}\n")
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/.config",
                   XDG_STATE_HOME=f"{home}/.local/state", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        locale = "pt_BR" if args.pt else "en"
        env.update(LANG=f"{locale}.UTF-8" if args.pt else "C.UTF-8", LANGUAGE=locale,
                   LC_ALL="pt_BR.UTF-8" if args.pt else "C.UTF-8")
        berth = subprocess.Popen([f"{args.build}/gui/berth", "--kubeconfig", kubeconfig], env=env)

        def application():
            desktop = pyatspi.Registry.getDesktop(0)
            return next((a for a in desktop if a is not None and a.name.lower() == "berth"), None)

        app = wait_for("Berth's window", application)
        item = wait_for(f"the menu item {args.page!r}", lambda: find(
            app, lambda o: o.getRoleName() == "menu item" and o.name == args.page))
        item.queryAction().doAction(0)
        time.sleep(3)  # the page's reads and the watch settle: a row selected before is reset
        for row in args.select:
            cell = wait_for(f"the row {row!r}", lambda: find(
                app, lambda o: o.getRoleName() == "table cell" and o.name == row
                and o.getState().contains(pyatspi.STATE_SHOWING)))
            cell.queryAction().doAction(0)  # Toggle: selects the row
            time.sleep(2)  # what the selection shows (a tag's details) is read
        time.sleep(1)
        subprocess.run(["import", "-window", "root", args.out], check=True)
    finally:
        for process in (berth, sandbox):
            if process is not None:
                process.terminate()
                process.wait()


if __name__ == "__main__":
    main()
