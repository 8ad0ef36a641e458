#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes a test image into an OCI image layout: N gzip-compressed (or plain) tar layers of random
data and a config, or an index of several platforms (each its own image). Deterministic per --seed."""
import argparse, gzip, hashlib, io, json, os, random, tarfile, time

def blob(root, data, media_type):
    digest = hashlib.sha256(data).hexdigest()
    path = os.path.join(root, "blobs", "sha256", digest)
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(data)
    return {"mediaType": media_type, "digest": "sha256:" + digest, "size": len(data)}

def layer(rng, size, index, compressed):
    payload = rng.randbytes(size)
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        info = tarfile.TarInfo(f"layer{index}.bin")
        info.size = len(payload)
        info.mtime = 0
        tar.addfile(info, io.BytesIO(payload))
    tar_bytes = raw.getvalue()
    diff_id = "sha256:" + hashlib.sha256(tar_bytes).hexdigest()
    return (gzip.compress(tar_bytes, compresslevel=1, mtime=0) if compressed else tar_bytes), diff_id

def image(root, rng, layers, size, arch, docker, compressed=True):
    manifest_type = ("application/vnd.docker.distribution.manifest.v2+json" if docker
                     else "application/vnd.oci.image.manifest.v1+json")
    layer_type = ("application/vnd.docker.image.rootfs.diff.tar" if docker
                  else "application/vnd.oci.image.layer.v1.tar") + (
                      (".gzip" if docker else "+gzip") if compressed else "")
    config_type = ("application/vnd.docker.container.image.v1+json" if docker
                   else "application/vnd.oci.image.config.v1+json")
    descriptors, diff_ids = [], []
    for i in range(layers):
        data, diff_id = layer(rng, size, i, compressed)
        descriptors.append(blob(root, data, layer_type))
        diff_ids.append(diff_id)
    config = {"architecture": arch, "os": "linux", "created": "2026-01-01T00:00:00Z",
              "config": {"Env": ["PATH=/usr/bin"], "Labels": {"org.example.test": "berth"},
                         "Entrypoint": ["/usr/bin/app"], "Cmd": ["--serve"], "User": "1001",
                         "WorkingDir": "/srv", "ExposedPorts": {"8080/tcp": {}}},
              "history": [{"created": "2026-01-01T00:00:00Z", "created_by": f"COPY layer{i} /"}
                          for i in range(layers)]
                         + [{"created": "2026-01-01T00:00:00Z", "created_by": 'CMD ["--serve"]',
                             "empty_layer": True}],
              "rootfs": {"type": "layers", "diff_ids": diff_ids}}
    config_desc = blob(root, json.dumps(config, sort_keys=True).encode(), config_type)
    manifest = {"schemaVersion": 2, "mediaType": manifest_type, "config": config_desc, "layers": descriptors}
    desc = blob(root, json.dumps(manifest).encode(), manifest_type)
    desc["platform"] = {"os": "linux", "architecture": arch}
    return desc

def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", required=True)
    p.add_argument("--name", default="latest")
    p.add_argument("--layers", type=int, default=3)
    p.add_argument("--layer-size", type=int, default=64 * 1024)
    p.add_argument("--platforms", default="", help="e.g. amd64,arm64: write an index")
    p.add_argument("--docker", action="store_true", help="Docker schema 2 media types")
    p.add_argument("--uncompressed", action="store_true", help="plain tar layers")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(os.path.join(a.out, "blobs", "sha256"), exist_ok=True)
    with open(os.path.join(a.out, "oci-layout"), "w") as f:
        json.dump({"imageLayoutVersion": "1.0.0"}, f)
    if a.platforms:
        children = [image(a.out, rng, a.layers, a.layer_size, arch, a.docker, not a.uncompressed)
                    for arch in a.platforms.split(",")]
        index_type = ("application/vnd.docker.distribution.manifest.list.v2+json" if a.docker
                      else "application/vnd.oci.image.index.v1+json")
        top = blob(a.out, json.dumps({"schemaVersion": 2, "mediaType": index_type, "manifests": children}).encode(), index_type)
    else:
        top = image(a.out, rng, a.layers, a.layer_size, "amd64", a.docker, not a.uncompressed)
        top.pop("platform")
    index_path = os.path.join(a.out, "index.json")
    index = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": []}
    if os.path.exists(index_path):
        with open(index_path) as f:
            index = json.load(f)
    index["manifests"] = [m for m in index["manifests"]
                          if m.get("annotations", {}).get("org.opencontainers.image.ref.name") != a.name]
    top["annotations"] = {"org.opencontainers.image.ref.name": a.name}
    index["manifests"].append(top)
    with open(index_path, "w") as f:
        json.dump(index, f)
    print(top["digest"])

if __name__ == "__main__":
    main()
