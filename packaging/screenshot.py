#!/usr/bin/python3
"""Take a README screenshot of one Berth page against a fresh berth-sandbox.

    dbus-run-session -- xvfb-run -a -s "-screen 0 1024x700x24" \
        /usr/bin/python3 packaging/screenshot.py BUILD OUT.png PAGE [--pt] [--dark] [--select ROW]

The sandbox is seeded as the procedure leaves it (ontap-gold the default class, the registry
Managed on an operator-made claim, the default route and a "mirror" route). PAGE is the page's
title as the View menu names it ("Routes", or "Rotas" with --pt); --select ROW selects the row
of the page's table whose first cell is ROW. The window is driven through AT-SPI, as
tests/gui/atspi_login.py drives it.
"""
import argparse
import os
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("out")
    parser.add_argument("page")
    parser.add_argument("--pt", action="store_true")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--select")
    args = parser.parse_args()

    home = tempfile.mkdtemp(prefix="berth-shot-")
    sandbox = subprocess.Popen([f"{args.build}/tests/sandbox/berth-sandbox", "--data-dir",
                                f"{home}/sandbox"], stdout=subprocess.PIPE, text=True)
    berth = None
    try:
        kubeconfig = sandbox.stdout.readline().strip().split("kubeconfig=")[1]
        for seed in SEED:
            subprocess.run(["kubectl", "--kubeconfig", kubeconfig, *seed], check=True,
                           capture_output=True)
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
        if args.select:
            cell = wait_for(f"the row {args.select!r}", lambda: find(
                app, lambda o: o.getRoleName() == "table cell" and o.name == args.select
                and o.getState().contains(pyatspi.STATE_SHOWING)))
            cell.queryAction().doAction(0)  # Toggle: selects the row
        time.sleep(1)
        subprocess.run(["import", "-window", "root", args.out], check=True)
    finally:
        for process in (berth, sandbox):
            if process is not None:
                process.terminate()
                process.wait()


if __name__ == "__main__":
    main()
