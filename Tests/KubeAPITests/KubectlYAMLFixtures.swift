/// Objects and the exact text `kubectl create … --dry-run=client -o json|yaml` (v1.32) printed for them,
/// used to check that `yamlString` writes what kubectl writes. (Keys `k01`, `k001`, `k1a` were removed from
/// the ConfigMap: go-yaml's key order is not transitive for them, so their place depends on its sort algorithm.)
enum KubectlYAMLFixtures {
    static let configMapJSON = #"""
{
    "kind": "ConfigMap",
    "apiVersion": "v1",
    "metadata": {
        "name": "t",
        "creationTimestamp": null
    },
    "data": {
        "-x": "11",
        "9": "10",
        "K": "4",
        "_u": "5",
        "a-b": "12",
        "a.b": "13",
        "a_b": "15",
        "ab": "14",
        "k.10": "3",
        "k0": "yes",
        "k1": "no",
        "k10": "1.5",
        "k11": ".5",
        "k12": ".inf",
        "k13": "12:30",
        "k14": "2024-01-02",
        "k15": "a: b",
        "k16": "a #b",
        "k17": "trailing ",
        "k18": " leading",
        "k19": "-",
        "k2": "on",
        "k20": "- x",
        "k21": "--flag",
        "k22": "?",
        "k23": ":x",
        "k24": "x:",
        "k25": "[a]",
        "k26": "{a}",
        "k27": "*ref",
        "k28": "&a",
        "k29": "!t",
        "k3": "off",
        "k30": "|",
        "k31": ">",
        "k32": "'q'",
        "k33": "\"dq\"",
        "k34": "%p",
        "k35": "@at",
        "k36": "tab\tx",
        "k37": "é ü",
        "k38": "multi\nline",
        "k39": "ends\n",
        "k4": "y",
        "k40": "two\n\n",
        "k41": "\nstarts",
        "k42": "1.2.3",
        "k43": "v1.25",
        "k44": "<<",
        "k45": "=",
        "k46": "---",
        "k47": "null",
        "k48": "~",
        "k49": "Yes",
        "k5": "n",
        "k50": "1_000",
        "k51": "0o17",
        "k52": "+1",
        "k53": "-1",
        "k54": "0755",
        "k55": "1:20:30",
        "k56": "N",
        "k57": "YES",
        "k58": "0x",
        "k59": "2024-13-01",
        "k6": "true",
        "k60": "2024-01-02x",
        "k61": "-inf",
        "k62": "1e",
        "k63": "a,b",
        "k64": "a?b",
        "k65": "a[0]",
        "k66": "x:y",
        "k67": "#x",
        "k68": "a#b",
        "k69": "\n",
        "k7": "123",
        "k70": " lead\nx",
        "k71": "a\nb ",
        "k72": "a \nb",
        "k73": "it's",
        "k74": "",
        "k75": "\t",
        "k76": "word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word end",
        "k77": "a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b end",
        "k78": "w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  end",
        "k79": "tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx end",
        "k8": "0x1F",
        "k80": "aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa   bb cc",
        "k81": "tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx    end",
        "k82": "NaN",
        "k83": "inf",
        "k84": "0b101",
        "k85": "1.0e+3",
        "k86": "12345678901234567890123",
        "k87": "2024-01-02 03:04:05",
        "k88": "2024-01-02T03:04:05.5+02:00",
        "k89": "2024-1-2",
        "k9": "1e3",
        "yes": "6",
        "zz0": "16",
        "zz00": "17"
    }
}
"""#

    /// Without the final line break.
    static let configMapYAML = #"""
apiVersion: v1
data:
  -x: "11"
  _u: "5"
  "9": "10"
  K: "4"
  a-b: "12"
  a.b: "13"
  a_b: "15"
  ab: "14"
  k.10: "3"
  k0: "yes"
  k1: "no"
  k2: "on"
  k3: "off"
  k4: "y"
  k5: "n"
  k6: "true"
  k7: "123"
  k8: "0x1F"
  k9: "1e3"
  k10: "1.5"
  k11: ".5"
  k12: ".inf"
  k13: "12:30"
  k14: "2024-01-02"
  k15: 'a: b'
  k16: 'a #b'
  k17: 'trailing '
  k18: ' leading'
  k19: '-'
  k20: '- x'
  k21: --flag
  k22: '?'
  k23: :x
  k24: 'x:'
  k25: '[a]'
  k26: '{a}'
  k27: '*ref'
  k28: '&a'
  k29: '!t'
  k30: '|'
  k31: '>'
  k32: '''q'''
  k33: '"dq"'
  k34: '%p'
  k35: '@at'
  k36: "tab\tx"
  k37: é ü
  k38: |-
    multi
    line
  k39: |
    ends
  k40: |+
    two

  k41: |2-

    starts
  k42: 1.2.3
  k43: v1.25
  k44: <<
  k45: =
  k46: '---'
  k47: "null"
  k48: "~"
  k49: "Yes"
  k50: "1_000"
  k51: "0o17"
  k52: "+1"
  k53: "-1"
  k54: "0755"
  k55: "1:20:30"
  k56: "N"
  k57: "YES"
  k58: 0x
  k59: 2024-13-01
  k60: 2024-01-02x
  k61: -inf
  k62: 1e
  k63: a,b
  k64: a?b
  k65: a[0]
  k66: x:y
  k67: '#x'
  k68: a#b
  k69: |2+

  k70: |2-
     lead
    x
  k71: "a\nb "
  k72: "a \nb"
  k73: it's
  k74: ""
  k75: "\t"
  k76: word word word word word word word word word word word word word word word
    word word word word word word word word word word word word word word word end
  k77: 'a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b
    a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b end'
  k78: w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  w  end
  k79: "tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx
    tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx end"
  k80: aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa   bb
    cc
  k81: "tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx tab\tx
    tab\tx    end"
  k82: NaN
  k83: inf
  k84: "0b101"
  k85: "1.0e+3"
  k86: "12345678901234567890123"
  k87: "2024-01-02 03:04:05"
  k88: "2024-01-02T03:04:05.5+02:00"
  k89: "2024-1-2"
  "yes": "6"
  zz0: "16"
  zz00: "17"
kind: ConfigMap
metadata:
  creationTimestamp: null
  name: t
"""#

    static let deploymentJSON = #"""
{
    "kind": "Deployment",
    "apiVersion": "apps/v1",
    "metadata": {
        "name": "x",
        "creationTimestamp": null,
        "labels": {
            "app": "x"
        }
    },
    "spec": {
        "replicas": 2,
        "selector": {
            "matchLabels": {
                "app": "x"
            }
        },
        "template": {
            "metadata": {
                "creationTimestamp": null,
                "labels": {
                    "app": "x"
                }
            },
            "spec": {
                "containers": [
                    {
                        "name": "y",
                        "image": "y",
                        "command": [
                            "sh",
                            "word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word end",
                            "a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b end",
                            "\nstarts",
                            " lead\nx",
                            "yes",
                            ""
                        ],
                        "ports": [
                            {
                                "containerPort": 8080
                            }
                        ],
                        "resources": {}
                    }
                ]
            }
        },
        "strategy": {}
    },
    "status": {}
}
"""#

    /// Without the final line break.
    static let deploymentYAML = #"""
apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: x
  name: x
spec:
  replicas: 2
  selector:
    matchLabels:
      app: x
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: x
    spec:
      containers:
      - command:
        - sh
        - word word word word word word word word word word word word word word word
          word word word word word word word word word word word word word word word
          end
        - 'a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a:
          b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b
          a: b end'
        - |2-

          starts
        - |2-
           lead
          x
        - "yes"
        - ""
        image: "y"
        name: "y"
        ports:
        - containerPort: 8080
        resources: {}
status: {}
"""#

}
