// SPDX-License-Identifier: Apache-2.0
#include "help.h"

using namespace Qt::StringLiterals;

namespace Berth::Cli {

namespace {

QString registryFlags()
{
    return Help::tr("Registry options:\n"
                    "  --creds USER:PASS       credentials for the registry\n"
                    "  --registry-token T      a bearer token for the registry\n"
                    "  --authfile FILE         containers auth.json or Docker config.json\n"
                    "  --cert-dir DIR          CA certificates (*.crt) and client pairs for the "
                    "registry\n"
                    "  --tls-verify=false      no certificate verification (also allows http)\n");
}

QString copyFlags()
{
    return registryFlags()
        + Help::tr("  --src-creds, --src-registry-token, --src-cert-dir, --src-tls-verify\n"
                   "  --dest-creds, --dest-registry-token, --dest-cert-dir, --dest-tls-verify\n"
                   "                          the same, for one side of a copy\n"
                   "  --jobs N                blobs in parallel, 1 to 16 (default 4)\n");
}

} // namespace

QString Help::text(const QStringList &topic)
{
    const QString command = topic.join(u' ');
    if (command.isEmpty())
        return tr("berthctl: the OpenShift internal image registry from the command line.\n"
                  "\n"
                  "Usage: berthctl [GLOBAL OPTIONS] COMMAND [SUBCOMMAND] [OPTIONS]\n"
                  "\n"
                  "Commands:\n"
                  "  login      log in with an OpenShift token (as oc login --token)\n"
                  "  whoami     the user of the current context\n"
                  "  context    list the kubeconfig contexts, or switch to one\n"
                  "  storageclass  list the storage classes, or make one the default\n"
                  "  registry   the registry operator's config: storage, routes, state\n"
                  "  policy     grant or take back a role (as oc policy)\n"
                  "  trust      the registry's CA: fetch it, make the cluster and this "
                  "workstation trust it\n"
                  "  secret     pull secrets, and the service accounts that use them\n"
                  "  image      list, inspect, push, pull, copy and remove images\n"
                  "  history    the changes Berth applied to the cluster, oldest first\n"
                  "  revert     undo the last command's changes\n"
                  "  help       this text, or the help of a command\n"
                  "\n"
                  "Global options:\n"
                  "  --kubeconfig FILE       the kubeconfig (default: $KUBECONFIG, then "
                  "~/.kube/config)\n"
                  "  --context NAME          the kubeconfig context to use\n"
                  "  -n, --namespace NS      the project\n"
                  "  -o, --output FORMAT     table (default), json or yaml\n"
                  "  -v, --verbose           print the oc command of each change made\n"
                  "  -h, --help              this help\n"
                  "  --version               the versions of berthctl, Qt and OpenSSL\n"
                  "\n"
                  "Exit codes: 0 success, 1 error (one message on stderr), 2 usage error.\n"
                  "Run 'berthctl COMMAND --help' for the options of a command and an example.\n");
    if (command == u"login")
        return tr("Log in with an OpenShift token, as oc login --token: checks the server's "
                  "certificate and the token, picks the project and writes the kubeconfig.\n"
                  "\n"
                  "Usage: berthctl login --server URL --token TOKEN [OPTIONS]\n"
                  "\n"
                  "Options:\n"
                  "  -s, --server URL              the API server, "
                  "https://api.CLUSTER:6443\n"
                  "  --token TOKEN                 the token (web console: Copy login command)\n"
                  "  --certificate-authority FILE  trust this CA for the server\n"
                  "  --trust-fingerprint SHA256    pin the certificate with this fingerprint\n"
                  "  --insecure-skip-tls-verify    no verification (never chosen for you)\n"
                  "\n"
                  "Example:\n"
                  "  berthctl login --server https://api.ocp.example.com:6443 --token "
                  "sha256~... --certificate-authority ca.crt\n");
    if (command == u"whoami")
        return tr("The user of the current context, as oc whoami.\n"
                  "\n"
                  "Usage: berthctl whoami [-t]\n"
                  "\n"
                  "Options:\n"
                  "  -t, --show-token   print the context's token instead (no server call)\n"
                  "\n"
                  "Example:\n"
                  "  podman login -u unused -p \"$(berthctl whoami -t)\" REGISTRY\n");
    if (command == u"context" || command == u"context list" || command == u"context use")
        return tr("The kubeconfig's contexts.\n"
                  "\n"
                  "Usage: berthctl context list\n"
                  "       berthctl context use NAME\n"
                  "\n"
                  "Example:\n"
                  "  berthctl context use team-a/api-ocp-example-com:6443/developer\n");
    if (command == u"storageclass" || command == u"storageclass list"
        || command == u"storageclass set-default")
        return tr("The cluster's storage classes (the procedure's step 1).\n"
                  "\n"
                  "Usage: berthctl storageclass list\n"
                  "       berthctl storageclass set-default NAME [--dry-run]\n"
                  "\n"
                  "list shows each class with its provisioner and whether it can serve the "
                  "ReadWriteMany claim the registry needs (RWX).\n"
                  "set-default makes NAME the one default as the OpenShift console does: NAME "
                  "first, then every other default set to \"false\".\n"
                  "\n"
                  "Options:\n"
                  "  --dry-run   a server dry run: print the diff and the oc command, change "
                  "nothing\n"
                  "\n"
                  "Example:\n"
                  "  berthctl storageclass set-default ontap-gold --dry-run\n");
    if (command == u"registry" || command == u"registry show" || command == u"registry set"
        || command == u"registry status" || command == u"registry login")
        return tr("The registry operator's config, configs.imageregistry.operator.openshift.io/"
                  "cluster (the procedure's steps 2 to 4).\n"
                  "\n"
                  "Usage: berthctl registry show\n"
                  "       berthctl registry status [--watch]\n"
                  "       berthctl registry set [OPTIONS] [--dry-run]\n"
                  "       berthctl registry login [--registry HOST[:PORT]] [--authfile FILE] "
                  "[--docker] [--image PROJECT/STREAM:TAG] [--skip-check] [--dry-run]\n"
                  "\n"
                  "status says whether the registry is Available and, when it is not, why and "
                  "what to do: the operator's conditions, the claim (and why it is Pending), "
                  "the deployment, pods, service, routes and hostnames. --watch prints a line "
                  "at each change until Ctrl+C.\n"
                  "login saves the login's user and token for the cluster's registry (the first "
                  "of its hosts that answers, or --registry, which must be one of them) as oc "
                  "registry login does: in containers auth.json ($REGISTRY_AUTH_FILE, else "
                  "$XDG_RUNTIME_DIR/containers/auth.json, or --authfile) and, with --docker, in "
                  "~/.docker/config.json, through their credential helper when one is set, "
                  "keeping everything else they hold; then checks it on the registry, and runs "
                  "the skopeo and podman installed here as you would (login --get-login, and "
                  "skopeo inspect of --image or of the project's newest tag) with no TLS or "
                  "credential flags, and prints what they said. --skip-check skips both; "
                  "--dry-run prints the files it would write.\n"
                  "\n"
                  "Options of set (a merge patch, as oc edit sends; the operator's rules are "
                  "checked first):\n"
                  "  --pvc-claim NAME            storage on claim NAME; empty: the operator "
                  "creates image-registry-storage\n"
                  "  --emptydir                  emptyDir storage (lost when the pod restarts)\n"
                  "  --default-route=true|false  the default route\n"
                  "  --route NAME=HOST[,SECRET]  a route, added or changed where it stands (a "
                  "host outside the ingress domain needs a TLS secret)\n"
                  "  --remove-route NAME         remove a route\n"
                  "  --management-state STATE    Managed, Removed or Unmanaged\n"
                  "  --replicas N                pods (a ReadWriteOnce claim allows one)\n"
                  "  --rollout-strategy S        RollingUpdate or Recreate\n"
                  "  --read-only=true|false      refuse pushes\n"
                  "  --log-level LEVEL           Normal, Debug, Trace or TraceAll\n"
                  "  --dry-run                   a server dry run: print the diff and the oc "
                  "command, change nothing\n"
                  "\n"
                  "Example:\n"
                  "  berthctl registry set --pvc-claim \"\" --default-route=true "
                  "--management-state Managed\n");
    if (command.startsWith(u"trust"_s))
        return tr("The registry's certificate authority, and who trusts it (the procedure's "
                  "steps 6, 7 and 10).\n"
                  "\n"
                  "Usage: berthctl trust fetch-ca [--source SOURCE] [--host HOST[:PORT]] [-o FILE "
                  "[--confirm]]\n"
                  "       berthctl trust cluster --host HOST[:PORT] [--configmap NAME] "
                  "[--ca-file FILE | --source SOURCE] [--replace] [--dry-run]\n"
                  "       berthctl trust export --host HOST[:PORT] [--docker] [--podman] "
                  "[--rootless] [--root DIR] [--replace] [--ca-file FILE | --source SOURCE] "
                  "[--image PROJECT/STREAM:TAG] [--skip-check] [--dry-run]\n"
                  "       berthctl trust status [--host HOST[:PORT] [--image PROJECT/STREAM:TAG] "
                  "[--skip-check]]\n"
                  "\n"
                  "fetch-ca reads each source of the CA, checks which one verifies the "
                  "certificate the registry's route presents, says so on stderr and prints the "
                  "recommended one (or SOURCE) as PEM, or writes it to FILE (an existing FILE "
                  "only with --confirm). Sources: router-ca (secret/router-ca in "
                  "openshift-ingress-operator, the procedure's), default-ingress-cert "
                  "(configmap/default-ingress-cert in openshift-config-managed), presented (the "
                  "chain the route sends).\n"
                  "cluster adds the CA to a ConfigMap in openshift-config under the key "
                  "host..port (no port for 443), keeping its other keys, and points "
                  "image.config.openshift.io/cluster spec.additionalTrustedCA at it, as oc create "
                  "configmap and oc patch do; when images.config already names a ConfigMap, the "
                  "key goes there. The nodes then pull from the registry with TLS verified.\n"
                  "export writes the CA as certs.d/HOST[:PORT]/ca.crt where Docker "
                  "(/etc/docker/certs.d), Podman and skopeo (/etc/containers/certs.d) or rootless "
                  "Podman (~/.config/containers/certs.d) read it, so that they verify the "
                  "registry with nothing turned off. No symlink is followed; a ca.crt holding "
                  "another CA is kept unless --replace (then it stays beside the new one). As a "
                  "user, system paths are written through pkexec, after showing the command. "
                  "Then the skopeo and podman installed here are run against the host, as "
                  "registry login does (not with --root).\n"
                  "status shows the hosts the nodes trust and, with --host, whether that CA "
                  "verifies what the host presents, what each certs.d holds, whether the "
                  "saved login works, and what skopeo and podman say of the host.\n"
                  "\n"
                  "Options:\n"
                  "  --host HOST[:PORT]  the registry's route (default: the first registry host "
                  "that answers)\n"
                  "  --source SOURCE     router-ca, default-ingress-cert or presented (never "
                  "chosen for you)\n"
                  "  --fingerprint SHA256  with --source presented: the fingerprint you got "
                  "another way\n"
                  "  --configmap NAME    the ConfigMap (default: the one images.config names, "
                  "else registry-cas)\n"
                  "  --ca-file FILE      the CA to trust, PEM or DER\n"
                  "  --docker, --podman, --rootless  the certs.d to write\n"
                  "  --root DIR          write the system paths under DIR (tests, images)\n"
                  "  --replace           replace a CA another one is kept for (a ca.crt, a "
                  "ConfigMap key)\n"
                  "  --image PROJECT/STREAM:TAG  what skopeo inspect reads (default: the newest "
                  "tag of the project)\n"
                  "  --skip-check        do not run skopeo and podman\n"
                  "  --dry-run           cluster: a server dry run, printing the diff and the oc "
                  "command; export: what would be written; nothing is changed\n"
                  "\n"
                  "Example:\n"
                  "  berthctl trust cluster --host default-route-openshift-image-registry.apps."
                  "ocp.example.com --configmap registry-cas --dry-run\n");
    if (command.startsWith(u"secret"_s))
        return tr("Image pull secrets (the procedure's step 9), as oc makes them.\n"
                  "\n"
                  "Usage: berthctl secret create-pull NAME --server HOST[:PORT] (--username USER "
                  "--password PASSWORD | --from-token) [--email EMAIL] [-n PROJECT] [--dry-run]\n"
                  "       berthctl secret link SERVICEACCOUNT NAME --for=pull [-n PROJECT] "
                  "[--dry-run]\n"
                  "\n"
                  "create-pull makes a kubernetes.io/dockerconfigjson secret as oc create secret "
                  "docker-registry does; --from-token puts your user and the login's token in "
                  "it, for the cluster's own registry only.\n"
                  "link adds the secret to the service account's imagePullSecrets as oc secrets "
                  "link --for=pull does, so that its pods pull with it; nothing is sent when it "
                  "is there already.\n"
                  "\n"
                  "Example:\n"
                  "  berthctl secret create-pull registry-pull --server "
                  "default-route-openshift-image-registry.apps.ocp.example.com --from-token -n "
                  "team-a\n"
                  "  berthctl secret link default registry-pull --for=pull -n team-a\n");
    if (command == u"history" || command == u"revert")
        return tr("The changes Berth applied to the cluster of the context (from the window or "
                  "berthctl, on this workstation), and the undo of the last one.\n"
                  "\n"
                  "Usage: berthctl history [-o json|yaml]\n"
                  "       berthctl history forget\n"
                  "       berthctl revert [--dry-run] [-v]\n"
                  "\n"
                  "history lists them, oldest first. revert undoes the last command's changes "
                  "together (both patches of set-default), as the window's Revert Last Change "
                  "does: each object goes back as that change found it, and the changes leave "
                  "the history. It is refused, with what was changed, when someone changed an "
                  "object since; history forget then drops the last command's changes from the "
                  "history, leaving the cluster as it is. Secrets are never kept (a Secret's "
                  "data, the registry's httpSecret, a proxy password), so a change that set or "
                  "removed one cannot be reverted. The history is kept in "
                  "$XDG_STATE_HOME/berth/history (~/.local/state), readable by you only.\n"
                  "\n"
                  "Example:\n"
                  "  berthctl storageclass set-default ontap-gold\n"
                  "  berthctl history\n"
                  "  berthctl revert --dry-run\n");
    if (command.startsWith(u"policy"_s))
        return tr("Grant or take back a role, as oc policy does (the procedure's step 8).\n"
                  "\n"
                  "Usage: berthctl policy add-role-to-user ROLE USER [-n PROJECT] [-z SA]\n"
                  "       berthctl policy add-role-to-group ROLE GROUP [-n PROJECT]\n"
                  "       berthctl policy remove-role-from-user ROLE USER [-n PROJECT] [-z SA]\n"
                  "       berthctl policy remove-role-from-group ROLE GROUP [-n PROJECT]\n"
                  "       berthctl policy add-cluster-role-to-user|add-cluster-role-to-group "
                  "ROLE NAME\n"
                  "       berthctl policy remove-cluster-role-from-user|"
                  "remove-cluster-role-from-group ROLE NAME\n"
                  "\n"
                  "Roles of the registry: registry-viewer pulls, registry-editor pulls and "
                  "pushes, registry-admin also manages access; system:image-puller and "
                  "system:image-pusher are for service accounts.\n"
                  "A subject that already has the role is left alone; a binding left with no "
                  "subject is deleted.\n"
                  "\n"
                  "Options:\n"
                  "  -z, --serviceaccount SA   a service account of the project\n"
                  "  --dry-run                 a server dry run: print the diff and the oc "
                  "command, change nothing\n"
                  "\n"
                  "Example:\n"
                  "  berthctl policy add-role-to-group registry-editor ocp-user-group -n "
                  "team-a\n");
    if (command == u"image")
        return tr("Images in a registry, an OCI layout or a docker-archive.\n"
                  "\n"
                  "Usage: berthctl image SUBCOMMAND [OPTIONS]\n"
                  "\n"
                  "Subcommands:\n"
                  "  ls REGISTRY|PROJECT   a registry's repositories, or a project's image "
                  "streams\n"
                  "  tags REF              a repository's tags\n"
                  "  inspect REF [--raw]   digest, layers, platforms and config\n"
                  "  push SRC REF          from oci:DIR[:NAME] or docker-archive:FILE to a "
                  "registry\n"
                  "  pull REF DEST         from a registry to oci:DIR[:NAME] or "
                  "docker-archive:FILE\n"
                  "  copy SRC DEST         between any two of them\n"
                  "  rm REF                remove a tag (on OpenShift, its ImageStreamTag)\n"
                  "\n"
                  "References: [docker://]HOST[:PORT]/REPO[:TAG|@DIGEST], oci:DIR[:NAME], "
                  "docker-archive:FILE[:REPO:TAG].\n"
                  "Run 'berthctl image SUBCOMMAND --help' for its options and an example.\n"
                  "\n"
                  "Example:\n"
                  "  berthctl image pull REGISTRY/team-a/app:v1 docker-archive:app.tar\n");
    if (command == u"image ls")
        return tr("Usage: berthctl image ls REGISTRY|PROJECT [OPTIONS]\n"
                  "\n"
                  "A registry's repositories (/v2/_catalog, paged), or the image streams of a "
                  "project of the current cluster.\n"
                  "\n")
            + registryFlags() + tr("\nExample:\n  berthctl image ls team-a\n");
    if (command == u"image tags")
        return tr("Usage: berthctl image tags REF [OPTIONS]\n\nA repository's tags.\n\n")
            + registryFlags()
            + tr("\nExample:\n  berthctl image tags "
                 "default-route-openshift-image-registry.apps.example.com/team-a/app\n");
    if (command == u"image inspect")
        return tr("Usage: berthctl image inspect REF [--raw] [OPTIONS]\n"
                  "\n"
                  "Digest, layers, platforms and config of an image; --raw prints the manifest "
                  "as the registry serves it.\n"
                  "\n")
            + registryFlags() + tr("\nExample:\n  berthctl image inspect oci:./app:v1 -o json\n");
    if (command == u"image push")
        return tr("Usage: berthctl image push oci:DIR[:NAME]|docker-archive:FILE REF [OPTIONS]\n"
                  "\n"
                  "Copies a local image to a registry, every platform of an index; blobs the "
                  "registry has are skipped or mounted.\n"
                  "\n")
            + copyFlags()
            + tr("\nExample:\n  berthctl image push docker-archive:app.tar "
                 "REGISTRY/team-a/app:v1\n");
    if (command == u"image pull")
        return tr("Usage: berthctl image pull REF oci:DIR[:NAME]|docker-archive:FILE [OPTIONS]\n"
                  "\n"
                  "Copies an image from a registry, verified; a failed pull leaves the "
                  "destination as it was.\n"
                  "\n")
            + copyFlags()
            + tr("\nExample:\n  berthctl image pull REGISTRY/team-a/app:v1 oci:./app:v1\n");
    if (command == u"image copy")
        return tr("Usage: berthctl image copy SRC DEST [OPTIONS]\n"
                  "\n"
                  "Copies an image between registries, OCI layouts and docker-archives.\n"
                  "\n")
            + copyFlags()
            + tr("\nExample:\n  berthctl image copy REGISTRY-A/team-a/app:v1 "
                 "REGISTRY-B/mirror/app:v1\n");
    if (command == u"image rm")
        return tr("Usage: berthctl image rm REF [OPTIONS]\n"
                  "\n"
                  "On OpenShift's registry, deletes the ImageStreamTag (storage returns when the "
                  "pruner runs); elsewhere deletes the manifest by digest, naming the other tags "
                  "that pointed to it.\n"
                  "\n")
            + registryFlags() + tr("\nExample:\n  berthctl image rm REGISTRY/team-a/app:old\n");
    return {};
}

} // namespace Berth::Cli
