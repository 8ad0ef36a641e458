#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Drives Berth through AT-SPI, as a screen reader user would: log in to berth-sandbox through the
login dialog (server and token typed into the fields the accessibility tree names), trust the
certificate, read the user on the Overview, and open the Images page (both push buttons enabled).
On that page: every focusable control has a name, Tab follows the screen and reaches the Tags
table, and Tab leaves every table it enters. Then on the Storage page, from the keyboard, make
ontap-gold the default storage class through the Review pane. Last, on the Access page, from
the keyboard: Tab in screen order, grant registry-viewer to a user in team-a through the Grant
dialog and the Review pane, and see the new row. On the Registry page, from the keyboard: Managed
with the claim the operator makes, through the Review pane, until the Status panel says Available;
on the Routes page, the default route (each page opened by its shortcut, which gives it the
keyboard). Then, with the registry deployed, on the Trust page from the
keyboard: Tab in screen order, Export CA into the temporary home, Save Login, and
read what skopeo and podman said in the clients table.

Run under dbus-run-session and xvfb-run (ctest does):
  atspi_login.py --berth BERTH --sandbox BERTH_SANDBOX"""
import argparse, ctypes, faulthandler, json, os, shutil, signal, subprocess, sys, tempfile
import threading, time

import pyatspi

STARTED = time.time()

def end_with_us():
    """In a child, before it runs: SIGTERM from the kernel when this script dies, however it
    ends (ctest's timeout kills it), so that no sandbox or Berth outlives the walk."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG

WHERE = {"step": "start", "since": STARTED, "berth": None}

def step(what):
    """Says where the walk is, so that a run that ctest stops shows how far it got."""
    WHERE.update(step=what, since=time.time())
    print(f"[{time.time() - STARTED:6.1f} s] {what}", flush=True)

def watchdog():
    """Each minute a step goes on, says where this script waits and what Berth's main thread
    is doing (its state, CPU time and the kernel function it sleeps in), so that a run that
    ctest stops tells a slow walk from a Berth that stopped answering."""
    while True:
        time.sleep(60)
        if time.time() - WHERE["since"] < 60:
            continue
        pid = WHERE["berth"]
        berth = "not started"
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/wchan") as f:
                berth = f"state {fields[0]}, {int(fields[11]) + int(fields[12])} ticks of CPU, in {f.read() or '-'}"
        except (OSError, TypeError, IndexError):
            pass
        print(f"[{time.time() - STARTED:6.1f} s] still in {WHERE['step']} after "
              f"{time.time() - WHERE['since']:.0f} s; Berth: {berth}", flush=True)
        faulthandler.dump_traceback(file=sys.stdout, all_threads=True)

def wait_for(what, predicate, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        found = predicate()
        if found:
            return found
        time.sleep(0.2)
    raise SystemExit(f"timed out waiting for {what}")

def walk(node, showing=False, depth=0):
    """The nodes under `node`, depth first. With showing, only those on screen: the subtrees of
    hidden pages, closed menus and rows scrolled out of view are not entered. A walk of the
    whole tree asks for every cell of every table (thousands of D-Bus calls): under load, the
    Images page's walks took 295 s of the test's 300 once."""
    if node is None or depth > 25:
        return
    if showing and depth > 0:
        try:
            if not node.getState().contains(pyatspi.STATE_SHOWING):
                return
        except Exception:
            return
    yield node
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, showing, depth + 1)

def find(root, name, role=None, showing=False):
    """The first node of this name (and role); with showing, only one on screen (the pages
    the sidebar hides have controls of the same names)."""
    for node in walk(root, showing):
        try:
            if (node.name == name and (role is None or node.getRoleName() == role)
                    and (not showing or node.getState().contains(pyatspi.STATE_SHOWING))):
                return node
        except Exception:
            continue
    return None

def focused(root):
    """The control with the keyboard focus: the deepest focused node (a combo box is focused
    with its text field). Qt also calls a view's current item focused when the view has not
    the focus (the sidebar's page): items count only when nothing else is."""
    controls, items = [], []
    for node in walk(root, showing=True):
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                (items if node.getRoleName() in ("list item", "table cell") else controls).append(node)
        except Exception:
            continue
    node = (controls or items or [None])[-1]
    # A text view's viewport takes the focus in Qt's tree: the view it belongs to is the control.
    if node is not None and node.getRoleName() == "filler" and not node.name and node.parent:
        node = node.parent
    return node

def inside(node, ancestor):
    while node is not None:
        if node == ancestor:
            return True
        try:
            node = node.parent
        except Exception:
            return False
    return False

def labelled(root, caption):
    """The control that the label `caption` names (a form's combo box, whose own name on Linux
    is its value: Qt relates the two, and Orca reads the label with it)."""
    label = find(root, caption, "label", showing=True)
    if label is None:
        return None
    for relation in label.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABEL_FOR:
            return relation.getTarget(0)
    return None

def described(root, description, text):
    """A label on screen reading `text`, described as `description` (a page's status)."""
    for node in walk(root, showing=True):
        try:
            if node.getRoleName() == "label" and node.description == description and node.name == text:
                return True
        except Exception:
            continue
    return None

def key(code, kind=pyatspi.KEY_PRESSRELEASE):
    pyatspi.Registry.generateKeyboardEvent(code, None, kind)
    time.sleep(0.3)

def tab_names(app, count, tables=()):
    """Presses Tab `count` times: the name of each control reached (a table's, for its cells)."""
    out = []
    for _ in range(count):
        tab()
        node = focused(app)
        named = [t.name for t in tables if inside(node, t)]
        out.append(named[0] if named else (node.name if node else "?"))
    return out

def apply_reviewed(app, check_names=False):
    """In the Review pane that staging opened: waits for the dry run's verdict, then Apply All."""
    apply = wait_for("the Review pane", lambda: find(app, "Apply all staged changes", "push button", showing=True))
    wait_for("the dry run's verdict", lambda: apply.getState().contains(pyatspi.STATE_ENABLED) or None)
    missing = unnamed_controls(app) if check_names else []
    if missing:
        raise SystemExit("Review pane controls without an accessible name: " + "; ".join(missing))
    press(apply)

def shortcut(code):
    """Ctrl and the key of X keycode `code` (12 is 3)."""
    key(37, pyatspi.KEY_PRESS)  # Control
    key(code)
    key(37, pyatspi.KEY_RELEASE)

def click(node):
    extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(extents.x + min(extents.width // 2, 20),
                                        extents.y + min(extents.height // 2, 20), "b1c")
    time.sleep(0.3)

def tab():
    # X keycode 23 is Tab.
    pyatspi.Registry.generateKeyboardEvent(23, None, pyatspi.KEY_PRESSRELEASE)
    time.sleep(0.3)

def unnamed_controls(root):
    """Every control a keyboard reaches (focusable and showing) that a screen reader could
    only call by its role. Cells and items are named by their text, checked by Qt."""
    out = []
    for node in walk(root, showing=True):
        try:
            state = node.getState()
            role = node.getRoleName()
            if (state.contains(pyatspi.STATE_FOCUSABLE) and state.contains(pyatspi.STATE_SHOWING)
                    and role not in ("table cell", "list item", "menu item", "page tab",
                                     "table column header", "table row header")
                    and not node.name):
                out.append(f"{role} in {node.parent.name if node.parent else '?'}")
        except Exception:
            continue
    return out

def application(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:
            return app
    return None

def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("Press", "press", "click", "SetFocus") or i == action.nActions - 1:
            action.doAction(i)
            return
    raise SystemExit(f"{node.name} has no action")

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--berth", required=True)
    p.add_argument("--sandbox", required=True)
    a = p.parse_args()
    threading.Thread(target=watchdog, daemon=True).start()
    work = tempfile.mkdtemp(prefix="berth-atspi-")
    env = dict(os.environ, HOME=os.path.join(work, "home"), QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_ACCESSIBILITY="1", LC_ALL="C.UTF-8", LANG="C.UTF-8",
               XDG_RUNTIME_DIR=os.path.join(work, "run"))
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
    for name in ("KUBECONFIG", "REGISTRY_AUTH_FILE", "DOCKER_CONFIG", "XDG_CONFIG_HOME"):
        env.pop(name, None)
    env.pop("QT_QPA_PLATFORM", None)
    os.makedirs(env["HOME"])
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                           preexec_fn=end_with_us)
    sandbox = subprocess.Popen([a.sandbox, "--data-dir", os.path.join(work, "sandbox")],
                               stdout=subprocess.PIPE, text=True, preexec_fn=end_with_us)
    berth = None
    try:
        ready = sandbox.stdout.readline()
        api = ready.split("api=")[1].split()[0]
        with open(os.path.join(work, "sandbox", "tokens.json")) as f:
            token = json.load(f)["kubeadmin"]
        time.sleep(0.5)
        # xvfb-run may hand over its display before Xvfb accepts connections on a loaded
        # machine: Berth then exits at once ("could not connect to display"); start it again.
        for attempt in range(3):
            berth = subprocess.Popen([a.berth], env=env, preexec_fn=end_with_us)
            WHERE["berth"] = berth.pid
            app = wait_for("Berth on the accessibility bus",
                           lambda: application("Berth") or berth.poll() is not None)
            if berth.poll() is None:
                break
            print(f"Berth exited with {berth.returncode} before it started; trying again", flush=True)
            time.sleep(1)
        else:
            raise SystemExit("Berth did not start")

        step("login dialog")
        # No kubeconfig yet: the login dialog opens. Fill it by accessible names.
        server = wait_for("the API server field", lambda: find(app, "API server", "text"))
        server.queryEditableText().setTextContents(api)
        find(app, "Token", "password text").queryEditableText().setTextContents(token)
        press(find(app, "Log in", "push button"))

        # The sandbox's CA is unknown: the certificate dialog asks; trust it.
        trust = wait_for("the certificate dialog", lambda: find(app, "Trust this certificate", "push button"))
        shown = ""
        for node in walk(app):
            try:
                if node.name == "Certificate details":
                    shown += node.queryText().getText(0, -1)
            except (NotImplementedError, Exception):
                continue
        assert "SHA-256" in shown, "the certificate dialog shows no fingerprint"
        press(trust)

        step("Overview")
        # Logged in: the Overview reads the user.
        # The value label is read by its text, described as "User".
        def user():
            for node in walk(app, showing=True):
                try:
                    if node.getRoleName() == "label" and node.description == "User" and node.name == "kubeadmin":
                        return True
                except Exception:
                    continue
            return False
        wait_for("the Overview's user", user)

        step("Images page")
        # The Images page, from the View menu.
        press(find(app, "Images", "menu item"))
        wait_for("the Images page", lambda: find(app, "Repositories", "table"))
        # A push needs only the session: both push buttons are there, by name, and enabled.
        for name in ("Push an image from a folder", "Push an image from an archive file"):
            button = wait_for(name, lambda: find(app, name, "push button"))
            if not button.getState().contains(pyatspi.STATE_ENABLED):
                raise SystemExit(f"{name}: disabled after login")
        # Every control the keyboard reaches has a name.
        wait_for("the Images page's tags table", lambda: find(app, "Tags", "table"))
        missing = unnamed_controls(app)
        if missing:
            raise SystemExit("controls without an accessible name: " + "; ".join(missing))

        # Tab follows the screen from the Project field and reaches the Tags table, and it
        # leaves every table it enters (no cycling through cells).
        start = find(app, "Project, typed", "text", showing=True)
        click(start) # Xvfb has no window manager: a click gives the window the keyboard
        wait_for("the Project field's focus", lambda: focused(app) == start or None)
        visited = tab_names(app, 12)
        # No tag is chosen yet: the details have nothing to reach, the actions come next.
        expected = ["Registry host, typed", "Filter repositories", "Repositories", "Tags",
                    "Push an image from a folder"]
        if visited[:len(expected)] != expected:
            raise SystemExit(f"Tab order on the Images page: {visited}")
        for table in ("Repositories", "Tags", "Requests and commands"):
            node = find(app, table, "table")
            click(node)
            wait_for(f"{table}'s focus", lambda: inside(focused(app), node) or None)
            tab()
            if inside(focused(app), node):
                raise SystemExit(f"Tab is trapped in the {table} table")

        step("Storage page")
        # The Storage page, from the View menu: step 1 of the procedure from the keyboard.
        press(find(app, "Storage", "menu item"))
        table = wait_for("the Storage page", lambda: find(app, "Storage classes", "table"))
        wait_for("the storage classes", lambda: find(app, "ontap-gold", "table cell"))
        missing = unnamed_controls(app)
        if missing:
            raise SystemExit("Storage page controls without an accessible name: " + "; ".join(missing))
        start = find(app, "Filter storage classes", "text")
        click(start)
        wait_for("the storage filter's focus", lambda: focused(app) == start or None)
        tab()
        if not inside(focused(app), table):
            raise SystemExit(f"Tab from the storage filter went to {focused(app).name}")
        # The arrows select a class: Down to thin, Up to ontap-gold (the first row, current
        # but not selected when the table took the focus).
        pyatspi.Registry.generateKeyboardEvent(116, None, pyatspi.KEY_PRESSRELEASE)  # Down
        time.sleep(0.3)
        pyatspi.Registry.generateKeyboardEvent(111, None, pyatspi.KEY_PRESSRELEASE)  # Up
        time.sleep(0.3)
        stage = find(app, "Stage making the selected class the default", "push button")
        wait_for("Set as Default enabled",
                 lambda: stage.getState().contains(pyatspi.STATE_ENABLED) or None)
        tab()
        if focused(app) != stage:
            raise SystemExit(f"Tab from the storage table went to {focused(app).name}, not Set as Default")
        pyatspi.Registry.generateKeyboardEvent(65, None, pyatspi.KEY_PRESSRELEASE)  # Space
        apply_reviewed(app, check_names=True)
        def defaultIsGold():
            for node in walk(app, showing=True):
                try:
                    if (node.getRoleName() == "label" and node.description == "Default storage class"
                            and node.name == "The default storage class is ontap-gold."):
                        return True
                except Exception:
                    continue
            return None
        wait_for("ontap-gold as the default", defaultIsGold)

        step("Access page")
        # The Access page: step 8, registry-viewer for a user in team-a, from the keyboard.
        press(find(app, "Access", "menu item"))
        table = wait_for("the Access page", lambda: find(app, "Role bindings", "table", showing=True))
        project = find(app, "Project, typed", "text", showing=True)
        click(project)
        wait_for("the project field's focus", lambda: focused(app) == project or None)
        project.queryEditableText().setTextContents("team-a")
        pyatspi.Registry.generateKeyboardEvent(36, None, pyatspi.KEY_PRESSRELEASE)  # Return
        wait_for("team-a's bindings", lambda: find(app, "developer", "table cell"))
        missing = unnamed_controls(app)
        if missing:
            raise SystemExit("Access page controls without an accessible name: " + "; ".join(missing))
        visited = tab_names(app, 3, [table])
        if visited != ["Filter role bindings", "Role bindings", "Grant a role"]:
            raise SystemExit(f"Tab order on the Access page: {visited}")
        pyatspi.Registry.generateKeyboardEvent(65, None, pyatspi.KEY_PRESSRELEASE)  # Space
        name = wait_for("the Grant dialog", lambda: find(app, "Name", "text", showing=True))
        wait_for("the name field's focus", lambda: focused(app) == name or None)
        pyatspi.Registry.generateKeyboardEvent(0, "carol", pyatspi.KEY_STRING)
        time.sleep(0.3)
        pyatspi.Registry.generateKeyboardEvent(36, None, pyatspi.KEY_PRESSRELEASE)  # Return: Stage
        apply_reviewed(app)
        wait_for("carol's row", lambda: find(app, "carol", "table cell"))

        step("Registry page")
        # Steps 2 to 4 from the keyboard: Ctrl+3, then Managed, with the claim the operator makes.
        # The Review pane had the keyboard: without a window manager, the main window gets it
        # back by a click (on the Access page's heading).
        click(find(app, "Access", "label", showing=True))
        shortcut(12)  # Ctrl+3
        state = wait_for("the Registry page's form", lambda: labelled(app, "Management state:"))
        wait_for("the registry's config", lambda: state.name == "Removed" or None)
        missing = unnamed_controls(app)
        if missing:
            raise SystemExit("Registry page controls without an accessible name: " + "; ".join(missing))
        # The page took the keyboard at its first control, Refresh; Tab goes on into the form.
        refresh = find(app, "Refresh the registry's config and status", "push button", showing=True)
        wait_for("Refresh's focus", lambda: focused(app) == refresh or None)
        tab()
        if focused(app) != state:
            raise SystemExit(f"Tab from Refresh went to {focused(app).name}, not the management state")
        key(110)  # Home: Managed
        if state.name != "Managed":
            raise SystemExit(f"Home in the management state chose {state.name}")
        tab()
        storage = labelled(app, "Storage:")
        if focused(app) != storage:
            raise SystemExit(f"Tab from the management state went to {focused(app).name}")
        key(110)  # Home: the claim the operator makes
        if storage.name != "Claim made by the operator":
            raise SystemExit(f"Home in the storage chose {storage.name}")
        visited = tab_names(app, 5)
        # The claim's name is disabled for the operator's claim: Tab passes it. RollingUpdate
        # and Normal are the combo boxes' values, read as their names.
        expected = ["Replicas", "RollingUpdate", "Normal", "Read-only", "Stage the form's changes"]
        if visited != expected:
            raise SystemExit(f"Tab order on the Registry page: {visited}")
        key(65)  # Space: Stage Changes, then the Review pane
        apply_reviewed(app)
        wait_for("the operator's claim bound and the registry Available",
                 lambda: described(app, "Registry status", "Available: the registry is ready (1 of 1 replicas)."),
                 timeout=60)
        parts = find(app, "Registry parts", "table", showing=True)
        click(parts)
        wait_for("the registry parts' focus", lambda: inside(focused(app), parts) or None)
        tab()
        if inside(focused(app), parts):
            raise SystemExit("Tab is trapped in the Registry parts table")

        step("Routes page")
        # The default route, from the keyboard: Ctrl+4.
        shortcut(13)  # Ctrl+4
        toggle = wait_for("the Routes page", lambda: find(app, "Stage turning on the default route", "push button", showing=True))
        wait_for("the route button enabled",
                 lambda: toggle.getState().contains(pyatspi.STATE_ENABLED) or None)
        missing = unnamed_controls(app)
        if missing:
            raise SystemExit("Routes page controls without an accessible name: " + "; ".join(missing))
        refresh = find(app, "Refresh the routes", "push button", showing=True)
        wait_for("Refresh's focus", lambda: focused(app) == refresh or None)
        table = find(app, "Registry routes", "table", showing=True)
        visited = tab_names(app, 3, [table])
        if visited != ["Registry routes", "Stage turning on the default route", "Add a route"]:
            raise SystemExit(f"Tab order on the Routes page: {visited}")
        for _ in range(5):  # Shift+Tab back to the default route
            if focused(app) == toggle:
                break
            key(50, pyatspi.KEY_PRESS)
            tab()
            key(50, pyatspi.KEY_RELEASE)
        if focused(app) != toggle:
            raise SystemExit(f"Shift+Tab did not reach the default route: {focused(app).name}")
        key(65)  # Space: stage the default route, then the Review pane
        apply_reviewed(app)
        wait_for("the default route's row", lambda: find(app, "default-route (default)", "table cell", showing=True),
                 timeout=60)

        step("Trust page")
        # The Trust page: steps 6, 7 and 10 from the keyboard, once the registry is deployed.
        kubeconfig = os.path.join(work, "sandbox", "kubeconfig")
        # What the pages did, as kubectl reads it.
        config = json.loads(subprocess.run(
            ["kubectl", "--kubeconfig", kubeconfig, "get", "configs.imageregistry.operator.openshift.io",
             "cluster", "-o", "json"], capture_output=True, text=True, check=True).stdout)
        if (config["spec"].get("managementState"), config["spec"].get("defaultRoute"),
                config["spec"].get("storage", {}).get("pvc", {}).get("claim")) != ("Managed", True, "image-registry-storage"):
            raise SystemExit(f"the registry's config after the pages: {config['spec']}")
        wait_for("the registry Available", lambda: subprocess.run(
            ["kubectl", "--kubeconfig", kubeconfig, "get", "configs.imageregistry.operator.openshift.io",
             "cluster", "-o", 'jsonpath={.status.conditions[?(@.type=="Available")].status}'],
            capture_output=True, text=True).stdout == "True" or None)
        wait_for("the registry's external hostnames", lambda: subprocess.run(
            ["kubectl", "--kubeconfig", kubeconfig, "get", "images.config.openshift.io", "cluster",
             "-o", "jsonpath={.status.externalRegistryHostnames[0]}"],
            capture_output=True, text=True).stdout or None)
        press(find(app, "Trust", "menu item"))
        sources = wait_for("the Trust page", lambda: find(app, "Certificate authority sources", "table", showing=True))
        # The page was read at login, before the registry was deployed: Refresh reads it again,
        # and the page finds the registry's host and checks it (the recommended source verifies it).
        press(find(app, "Refresh the trust", "push button", showing=True))
        wait_for("the sources checked", lambda: find(app, "yes", "table cell"))
        host = find(app, "Registry host, typed", "text", showing=True)
        registry = host.queryText().getText(0, -1)
        missing = unnamed_controls(app)
        if missing:
            raise SystemExit("Trust page controls without an accessible name: " + "; ".join(missing))
        click(host)
        wait_for("the host field's focus", lambda: focused(app) == host or None)
        tables = [sources, find(app, "Workstation certificate stores", "table")]
        visited = tab_names(app, 14, tables)
        # The Review button is disabled (nothing staged): Tab passes it.
        expected = ["Check the registry host's certificate", "Certificate authority sources",
                    "Certificate details", "ConfigMap in openshift-config",
                    "Stage the cluster's trust of the selected CA", "Workstation certificate stores",
                    "Export to Docker", "Export to Podman and skopeo", "Export to Rootless Podman (you)",
                    "Export the selected CA to the checked stores", "Save the login for the registry",
                    "Replace a CA that is kept for this host", "Try the registry with skopeo and Podman",
                    "Pull secret name"]
        if visited != expected:
            raise SystemExit(f"Tab order on the Trust page: {visited}")
        # Back to Export CA (Shift+Tab four times), and Space: the CA goes into the rootless
        # certs.d of the temporary home, then skopeo and podman are run and their words shown.
        for _ in range(4):
            pyatspi.Registry.generateKeyboardEvent(50, None, pyatspi.KEY_PRESS)  # Shift
            tab()
            pyatspi.Registry.generateKeyboardEvent(50, None, pyatspi.KEY_RELEASE)
        export = find(app, "Export the selected CA to the checked stores", "push button")
        if focused(app) != export:
            raise SystemExit(f"Shift+Tab went to {focused(app).name}, not Export CA")
        pyatspi.Registry.generateKeyboardEvent(65, None, pyatspi.KEY_PRESSRELEASE)  # Space
        ca = os.path.join(env["HOME"], ".config", "containers", "certs.d", registry, "ca.crt")
        wait_for("the exported CA", lambda: os.path.exists(ca) or None)
        wait_for("skopeo's word on the login", lambda: find(app, "failed: not logged into " + registry, "table cell"))
        tab()  # Save Login
        pyatspi.Registry.generateKeyboardEvent(65, None, pyatspi.KEY_PRESSRELEASE)  # Space
        wait_for("skopeo and podman finding the login", lambda: find(app, "ok: kubeadmin", "table cell"))
        missing = unnamed_controls(app)
        if missing:
            raise SystemExit("Trust page controls without an accessible name: " + "; ".join(missing))
        print("1 passed, 0 failed")
        return 0
    finally:
        for proc in (berth, sandbox, bus):
            if proc:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
        shutil.rmtree(work, ignore_errors=True)

if __name__ == "__main__":
    sys.exit(main())
