#!/usr/bin/env bash
# Regenerates Tests/KubeProtobufTests/Fixtures: for each kubectl command below, the protobuf body
# kubectl POSTs (NAME.pb, captured by capture_server.py on 127.0.0.1) and the JSON form kubectl
# prints for the same command with --dry-run=client -o json (NAME.json).
# (kubectl run sends JSON, not protobuf, so it is not captured here.)
set -euo pipefail
cd "$(dirname "$0")"
out=../../Tests/KubeProtobufTests/Fixtures
port=${PORT:-18431}
work=$(mktemp -d)
python3 capture_server.py "$port" "$work" rich-cronjob.json web-deployment.json &
server=$!
trap 'kill $server; rm -rf "$work"' EXIT
for _ in $(seq 50); do
  curl -fsS "http://127.0.0.1:$port/api" >/dev/null 2>&1 && break
  sleep 0.1
done
mkdir -p "$out"
k() { kubectl --server "http://127.0.0.1:$port" --cache-dir "$work/cache" "$@"; }

capture() {
  local name=$1
  shift
  rm -f "$work/last.bin"
  k "$@" >/dev/null
  cp "$work/last.bin" "$out/$name.pb"
  echo "$name: $(cat "$work/last.content-type") $(cat "$work/last.path")"
  k "$1" --dry-run=client -o json "${@:2}" >"$out/$name.json"  # before any "--"
}

# Captures the body only, for commands without --dry-run (the test states the expected JSON).
capture_body() {
  local name=$1
  shift
  rm -f "$work/last.bin"
  k "$@" >/dev/null
  cp "$work/last.bin" "$out/$name.pb"
  echo "$name: $(cat "$work/last.content-type") $(cat "$work/last.path")"
}

capture namespace create --validate=false namespace x
capture configmap create --validate=false configmap c --from-literal=a=1 --from-literal=b=two
capture secret create --validate=false secret generic s --from-literal=k=v --type=Opaque
capture secret-dockerconfig create --validate=false secret docker-registry regcred --docker-server=r.example --docker-username=u --docker-password=p
capture deployment create --validate=false deployment web --image=nginx:1.25 --replicas=3 --port=80
capture serviceaccount create --validate=false serviceaccount sa
capture service create --validate=false service clusterip svc --tcp=80:8080
capture service-nodeport create --validate=false service nodeport np --tcp=443:8443 --node-port=30443
capture job create --validate=false job j --image=busybox -- echo hi
capture cronjob create --validate=false cronjob cj --image=busybox --schedule="*/1 * * * *"
capture priorityclass create --validate=false priorityclass pc --value=100 --description=important --preemption-policy=Never
capture role create --validate=false role r --verb=get --verb=list --resource=pods --resource=deployments.apps
capture rolebinding create --validate=false rolebinding rb --role=r --user=alice --serviceaccount=default:sa
capture clusterrole create --validate=false clusterrole cr --verb=get --non-resource-url=/healthz
capture clusterrolebinding create --validate=false clusterrolebinding crb --clusterrole=cr --group=devs
capture poddisruptionbudget create --validate=false poddisruptionbudget pdb --selector=app=web --min-available=2
capture poddisruptionbudget-percent create --validate=false poddisruptionbudget pdb2 --selector=app=web --max-unavailable=30%
capture resourcequota create --validate=false quota q --hard=cpu=1500m,memory=1Gi,pods=2 --scopes=NotTerminating
capture job-from-cronjob create --validate=false job from-rich --from=cronjob/rich
capture horizontalpodautoscaler autoscale deployment web --min=1 --max=5 --cpu-percent=80
capture ingress create --validate=false ingress ing --rule="foo.example/bar=svc:8080,tls=cert" --class=nginx
capture_body tokenrequest create token sa --audience=api --duration=10m --bound-object-kind=Pod --bound-object-name=p --bound-object-uid=u-1
