#!/usr/bin/env python3
"""A stand-in API server on 127.0.0.1 that records the request bodies kubectl sends.

Usage: capture_server.py PORT OUTPUT_DIR [OBJECT ...]
Every POST/PUT body is written to OUTPUT_DIR/last.bin, its Content-Type to last.content-type and its
path to last.path; the server answers 201 with a small JSON object of the kind the path names, so
kubectl reports success (a TokenRequest answer carries a token). GET answers the minimal legacy
discovery documents kubectl asks for, and the OBJECT JSON files by their metadata.name.
"""
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RESOURCES = {
    'v1': [('namespaces', 'Namespace', False), ('configmaps', 'ConfigMap', True), ('secrets', 'Secret', True),
           ('serviceaccounts', 'ServiceAccount', True), ('services', 'Service', True), ('pods', 'Pod', True),
           ('resourcequotas', 'ResourceQuota', True)],
    'apps/v1': [('deployments', 'Deployment', True), ('deployments/scale', 'Scale', True),
                ('replicasets', 'ReplicaSet', True)],
    'autoscaling/v2': [('horizontalpodautoscalers', 'HorizontalPodAutoscaler', True)],
    'batch/v1': [('jobs', 'Job', True), ('cronjobs', 'CronJob', True)],
    'scheduling.k8s.io/v1': [('priorityclasses', 'PriorityClass', False)],
    'rbac.authorization.k8s.io/v1': [('roles', 'Role', True), ('rolebindings', 'RoleBinding', True),
                                     ('clusterroles', 'ClusterRole', False),
                                     ('clusterrolebindings', 'ClusterRoleBinding', False)],
    'policy/v1': [('poddisruptionbudgets', 'PodDisruptionBudget', True)],
    'networking.k8s.io/v1': [('ingresses', 'Ingress', True)],
    'coordination.k8s.io/v1': [('leases', 'Lease', True)],
}
KINDS = {plural: (gv, kind) for gv, items in RESOURCES.items() for plural, kind, _ in items}


def discovery(path):
    if path == '/api':
        return {'kind': 'APIVersions', 'versions': ['v1'], 'serverAddressByClientCIDRs': []}
    if path == '/apis':
        groups = []
        for gv in RESOURCES:
            if '/' in gv:
                group, version = gv.split('/')
                v = {'groupVersion': gv, 'version': version}
                groups.append({'name': group, 'versions': [v], 'preferredVersion': v})
        return {'kind': 'APIGroupList', 'apiVersion': 'v1', 'groups': groups}
    gv = path[len('/api/'):] if path.startswith('/api/') else path[len('/apis/'):]
    if gv in RESOURCES:
        return {'kind': 'APIResourceList', 'apiVersion': 'v1', 'groupVersion': gv, 'resources': [
            {'name': p, 'singularName': k.lower(), 'namespaced': ns, 'kind': k,
             'verbs': ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']}
            for p, k, ns in RESOURCES[gv]]}
    return None


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        path = self.path.split('?')[0]
        doc = discovery(path)
        for name in sys.argv[3:]:
            with open(name) as f:
                obj = json.load(f)
            if path.endswith('/' + obj['metadata']['name']):
                doc = obj
        if doc is None:
            self.reply(404, {'kind': 'Status', 'apiVersion': 'v1', 'status': 'Failure', 'code': 404,
                             'reason': 'NotFound', 'message': 'not found'})
        else:
            self.reply(200, doc)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', '0')))
        out = sys.argv[2]
        with open(os.path.join(out, 'last.bin'), 'wb') as f:
            f.write(body)
        with open(os.path.join(out, 'last.content-type'), 'w') as f:
            f.write(self.headers.get('Content-Type', ''))
        with open(os.path.join(out, 'last.path'), 'w') as f:
            f.write(self.path)
        plural = self.path.split('?')[0].rstrip('/').split('/')[-1]
        if plural == 'token':
            self.reply(201, {'apiVersion': 'authentication.k8s.io/v1', 'kind': 'TokenRequest',
                             'status': {'token': 'captured', 'expirationTimestamp': '2030-01-01T00:00:00Z'}})
            return
        gv, kind = KINDS.get(plural, ('v1', 'Status'))
        self.reply(201, {'apiVersion': gv, 'kind': kind, 'metadata': {'name': 'captured'}})

    do_PUT = do_POST


ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), Handler).serve_forever()
