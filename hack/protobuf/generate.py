#!/usr/bin/env python3
"""Regenerates Sources/KubeProtobuf/Tables/*.swift from a kubectl binary.

Usage: hack/protobuf/generate.py [path/to/kubectl]   (default: the kubectl 1.32 binary on PATH)

The tables hold, for every Kubernetes API message reachable from the kinds listed in ROOT_KINDS,
the protobuf field numbers (from kubectl's embedded generated.proto descriptors) together with the
Go JSON encoding rules of each field (from the Go struct tags): JSON name, omitempty, pointer,
inline. See Sources/KubeProtobuf/MessageTable.swift for the line format.
"""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kubectl_types  # noqa: E402

ROOT_KINDS = [
    ('v1', 'Namespace'), ('v1', 'ConfigMap'), ('v1', 'Secret'), ('v1', 'ServiceAccount'), ('v1', 'Service'),
    ('v1', 'Pod'), ('v1', 'PodTemplate'), ('v1', 'ReplicationController'), ('v1', 'Event'), ('v1', 'Endpoints'),
    ('v1', 'Node'), ('v1', 'ResourceQuota'), ('v1', 'LimitRange'), ('v1', 'PersistentVolumeClaim'),
    ('v1', 'Binding'),
    ('apps/v1', 'Deployment'), ('apps/v1', 'ReplicaSet'), ('apps/v1', 'DaemonSet'), ('apps/v1', 'StatefulSet'),
    ('apps/v1', 'ControllerRevision'),
    ('batch/v1', 'Job'), ('batch/v1', 'CronJob'),
    ('coordination.k8s.io/v1', 'Lease'),
    ('autoscaling/v1', 'Scale'), ('autoscaling/v1', 'HorizontalPodAutoscaler'),
    ('autoscaling/v2', 'HorizontalPodAutoscaler'),
    ('policy/v1', 'PodDisruptionBudget'), ('policy/v1', 'Eviction'),
    ('scheduling.k8s.io/v1', 'PriorityClass'),
    ('rbac.authorization.k8s.io/v1', 'Role'), ('rbac.authorization.k8s.io/v1', 'RoleBinding'),
    ('rbac.authorization.k8s.io/v1', 'ClusterRole'), ('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'),
    ('networking.k8s.io/v1', 'Ingress'), ('networking.k8s.io/v1', 'IngressClass'),
    ('networking.k8s.io/v1', 'NetworkPolicy'),
    ('discovery.k8s.io/v1', 'EndpointSlice'), ('events.k8s.io/v1', 'Event'),
    ('authentication.k8s.io/v1', 'TokenRequest'), ('authentication.k8s.io/v1', 'SelfSubjectReview'),
    ('authorization.k8s.io/v1', 'SelfSubjectAccessReview'),
    ('authorization.k8s.io/v1', 'SubjectAccessReview'),
    ('meta.k8s.io/v1', 'DeleteOptions'),
]

# Messages whose JSON form is not their field list; the Swift decoder handles them itself.
BUILTIN = {'meta.v1.Time', 'meta.v1.MicroTime', 'meta.v1.Duration', 'resource.Quantity', 'intstr.IntOrString',
           'runtime.RawExtension', 'meta.v1.FieldsV1'}

SCALARS = {1: 'double', 2: 'float', 3: 'int64', 4: 'uint64', 5: 'int32', 8: 'bool', 9: 'string', 12: 'bytes',
           13: 'uint32'}

GROUP_PACKAGES = {'': 'core', 'meta.k8s.io': 'meta'}


def short(proto_name):
    for prefix, alias in (('k8s.io.apimachinery.pkg.apis.meta.v1.', 'meta.v1.'),
                          ('k8s.io.apimachinery.pkg.api.resource.', 'resource.'),
                          ('k8s.io.apimachinery.pkg.util.intstr.', 'intstr.'),
                          ('k8s.io.apimachinery.pkg.runtime.schema.', 'schema.'),
                          ('k8s.io.apimachinery.pkg.runtime.', 'runtime.'),
                          ('k8s.io.api.', '')):
        if proto_name.startswith(prefix):
            return alias + proto_name[len(prefix):]
    raise ValueError('unexpected package: ' + proto_name)


def root_message(api_version, kind):
    group, _, version = api_version.rpartition('/')
    package = GROUP_PACKAGES.get(group, group.split('.')[0])
    if package == 'meta':
        return 'k8s.io.apimachinery.pkg.apis.meta.%s.%s' % (version, kind)
    return 'k8s.io.api.%s.%s.%s' % (package, version, kind)


def go_name(proto_name):
    package, _, message = proto_name.rpartition('.')
    return 'k8s.io/' + package[len('k8s.io.'):].replace('.', '/') + '.' + message


def message_token(proto_name, protos, structs):
    """The table's type for a message field: the message's short name, or `strings` for the messages
    that Go declares as a named []string (ExtraValue), whose JSON form is a plain array."""
    fields = protos[proto_name]['fields']
    if go_name(proto_name) not in structs and len(fields) == 1 and fields[0]['name'] == 'items' \
            and fields[0]['label'] == 3 and fields[0]['type'] == 9:
        return 'strings'
    return short(proto_name)


def parse_tag(tag, key):
    m = re.search(key + r':"([^"]*)"', tag)
    return m.group(1) if m else None


def main():
    kubectl = sys.argv[1] if len(sys.argv) > 1 else os.path.realpath(shutil.which('kubectl') or '')
    if os.path.exists(kubectl + '.1.32'):
        kubectl += '.1.32'  # the Cloud SDK dispatcher keeps the versioned binaries beside it
    version = subprocess.run([kubectl, 'version', '--client', '-o', 'yaml'], capture_output=True, text=True).stdout
    git_version = re.search(r'gitVersion: (\S+)', version).group(1)
    binary = open(kubectl, 'rb').read()
    protos = kubectl_types.proto_messages(binary)
    structs = kubectl_types.go_structs(binary)

    emitted, order, queue = {}, [], [root_message(v, k) for v, k in ROOT_KINDS]
    while queue:
        name = queue.pop(0)
        if name in emitted or short(name) in BUILTIN or message_token(name, protos, structs) == 'strings':
            continue
        message = protos[name]
        go_fields = structs[go_name(name)]
        by_number = {}
        for gf in go_fields:
            pb = parse_tag(gf['tag'], 'protobuf')
            if pb:
                by_number[int(pb.split(',')[1])] = gf
        lines = []
        for field in sorted(message['fields'], key=lambda f: f['number']):
            gf = by_number[field['number']]
            json_name = (parse_tag(gf['tag'], 'json') or '').split(',')[0]
            options = (parse_tag(gf['tag'], 'json') or '').split(',')[1:]
            flags = ''
            if field['type'] == 11:
                target = protos[field['type_name']]
                if target['map_entry']:
                    key, value = sorted(target['fields'], key=lambda f: f['number'])
                    assert key['type'] == 9, name
                    if value['type'] == 11:
                        value_type = message_token(value['type_name'], protos, structs)
                        queue.append(value['type_name'])
                    else:
                        value_type = SCALARS[value['type']]
                    type_token = 'map:' + value_type
                    assert gf.get('map'), (name, field)
                else:
                    type_token = message_token(field['type_name'], protos, structs)
                    queue.append(field['type_name'])
            else:
                type_token = SCALARS[field['type']]
            if field['label'] == 3 and not type_token.startswith('map:'):
                flags += 'r'
                assert gf.get('slice'), (name, field)
            if gf.get('ptr'):
                flags += 'p'
            if 'omitempty' in options:
                flags += 'o'
            if gf['embedded'] and json_name == '':
                flags += 'i'
                json_name = '_'
            if json_name == '-':
                flags += 'x'
                json_name = '_'
            assert json_name, (name, field)
            lines.append('%d %s %s %s' % (field['number'], json_name, type_token, flags or '-'))
        emitted[name] = lines
        order.append(name)

    files = {}
    for name in order:
        short_name = short(name)
        package = short_name.rsplit('.', 1)[0]
        group = package.split('.')[0]
        files.setdefault(group, []).append('M ' + short_name)
        files[group] += emitted[name]
    out_dir = os.path.join(os.path.dirname(__file__), '..', '..', 'Sources', 'KubeProtobuf', 'Tables')
    os.makedirs(out_dir, exist_ok=True)
    for old in os.listdir(out_dir):
        if old.endswith('Messages.swift'):
            os.remove(os.path.join(out_dir, old))
    header = '// Generated by hack/protobuf/generate.py from kubectl %s; do not edit.\n' % git_version
    properties = []
    for group, lines in sorted(files.items()):
        identifier = group.replace('-', '') + 'Messages'
        type_name = identifier[0].upper() + identifier[1:]
        properties.append(identifier)
        with open(os.path.join(out_dir, type_name + '.swift'), 'w') as f:
            f.write(header + '\n')
            f.write('extension MessageTable {\n')
            f.write('    /// Messages of the `%s` API package(s), in the format described on `MessageTable`.\n' % group)
            f.write('    static let %s = """\n' % identifier)
            for line in lines:
                f.write('        ' + line + '\n')
            f.write('        """\n}\n')
    with open(os.path.join(out_dir, 'KindsMessages.swift'), 'w') as f:
        f.write(header + '\n')
        f.write('extension MessageTable {\n')
        f.write('    /// Every message table above, in one list.\n')
        f.write('    static let allMessageSources: [String] = [%s]\n\n' % ', '.join(sorted(properties)))
        f.write('    /// The kinds the decoder accepts: `K apiVersion kind message`.\n')
        f.write('    static let kinds = """\n')
        for version, kind in ROOT_KINDS:
            f.write('        K %s %s %s\n' % (version, kind, short(root_message(version, kind))))
        f.write('        """\n}\n')
    print('%d messages from kubectl %s' % (len(order), git_version))


if __name__ == '__main__':
    main()
