<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Berth::Core</name>
    <message>
        <location filename="../core/common/atomicfile.cpp" line="34"/>
        <source>cannot create directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="89"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="91"/>
        <source>Could not reach the server: %1. No changes were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="94"/>
        <source>The server did not answer in time: %1. No changes were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="97"/>
        <source>The secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="100"/>
        <source>The token provided is invalid or expired. Log in again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="103"/>
        <source>Permission denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="106"/>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="109"/>
        <source>Not an OpenShift cluster, or the operator is not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="112"/>
        <source>Already exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="115"/>
        <source>The object was changed by someone else: %1. Reload it and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="118"/>
        <source>The server rejected the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="121"/>
        <source>The server answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="122"/>
        <source>The server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="125"/>
        <source>Could not read the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="128"/>
        <source>File error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/error.cpp" line="131"/>
        <source>Invalid input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeclient.cpp" line="95"/>
        <source>the API group %1 is not served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeclient.cpp" line="170"/>
        <source>strategic merge patch is not supported for %1; use a merge patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="142"/>
        <location filename="../core/kube/login.cpp" line="119"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="149"/>
        <source>%1 is not a valid kubeconfig: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="154"/>
        <source>%1 is not a valid kubeconfig: not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="161"/>
        <source>no kubeconfig file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="321"/>
        <source>the kubeconfig is locked by %1. If no oc or kubectl is running, the lock was left by a crash: remove that file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="324"/>
        <source>cannot create the lock file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="344"/>
        <source>%1 is readable by other users; run: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="346"/>
        <source>%1 exists: a stale lock left by a crashed oc or kubectl? Remove it if none is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="356"/>
        <source>no current context: log in first (berthctl login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="359"/>
        <source>context &quot;%1&quot; not found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="362"/>
        <source>cluster &quot;%1&quot; of context &quot;%2&quot; has no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="374"/>
        <source>cannot read the certificate authority %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="381"/>
        <source>the certificate authority of cluster &quot;%1&quot; is not PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="386"/>
        <source>user &quot;%1&quot; gets its credentials from a plugin: %2 %3. Berth does not run plugins from a kubeconfig; log in with a token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/kubeconfig.cpp" line="393"/>
        <source>cannot read the token file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/login.cpp" line="26"/>
        <source>the server URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/login.cpp" line="31"/>
        <source>&quot;%1&quot; is not a server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/login.cpp" line="33"/>
        <source>&quot;%1&quot;: the server must be https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/login.cpp" line="36"/>
        <source>&quot;%1&quot;: give only the API server, such as https://api.cluster.example.com:6443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/login.cpp" line="50"/>
        <source>not an oc login command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/login.cpp" line="78"/>
        <source>the command line names no server (--server=https://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/login.cpp" line="80"/>
        <source>the command line has no --token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/login.cpp" line="106"/>
        <source>the token is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/login.cpp" line="132"/>
        <source>the certificate authority is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/login.cpp" line="150"/>
        <source>Certificate %1, SHA-256 fingerprint %2. If you trust it, log in with --certificate-authority FILE (the cluster&apos;s CA) or --trust-fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kube/login.cpp" line="160"/>
        <source>%1 is a web page, not the API server: this looks like the web console URL. Use the API URL, usually https://api.&lt;cluster&gt;:6443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tls/certificateinfo.cpp" line="71"/>
        <source>The server uses a certificate signed by an unknown authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tls/certificateinfo.cpp" line="74"/>
        <source>The server&apos;s certificate does not match its hostname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tls/certificateinfo.cpp" line="78"/>
        <source>The server&apos;s certificate is expired or not yet valid (local clock: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/tls/certificateinfo.cpp" line="97"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/tls/certificateinfo.cpp" line="98"/>
        <source>Subject: %1
Issuer: %2
Names: %3
Valid: %4 to %5
SHA-256: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tls/certificateinfo.cpp" line="99"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berthctl</name>
    <message>
        <location filename="../cli/berthctl.cpp" line="87"/>
        <source>Usage: berthctl [--kubeconfig F] [--context C] [-n NS] [-o table|json|yaml] COMMAND

Commands:
  login --server URL --token T [--certificate-authority F | --trust-fingerprint SHA256 |
        --insecure-skip-tls-verify]   log in with an OpenShift token (as oc login)
  whoami [-t]                         the user of the current context (-t: its token)
  context list | use NAME             the kubeconfig contexts
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="111"/>
        <source>-o takes table, json or yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="121"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="137"/>
        <location filename="../cli/berthctl.cpp" line="186"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="139"/>
        <source>login needs --server and --token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="141"/>
        <source>--insecure-skip-tls-verify cannot be combined with a certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="152"/>
        <source>the server presented a certificate with SHA-256 fingerprint %1, not %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="165"/>
        <source>warning: the certificate of %1 is not verified; anyone on the network path can read and change what is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="168"/>
        <source>Logged into &quot;%1&quot; as &quot;%2&quot; using the token provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="170"/>
        <source>You don&apos;t have any projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/berthctl.cpp" line="172"/>
        <source>You have access to %n project(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="173"/>
        <source>Using project &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="196"/>
        <source>the current context has no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="223"/>
        <location filename="../cli/berthctl.cpp" line="240"/>
        <source>context needs list or use NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="230"/>
        <source>context use needs one context name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="232"/>
        <source>no context named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/berthctl.cpp" line="236"/>
        <source>Switched to context &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
