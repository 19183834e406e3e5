"""Writes the benchmark inputs, deterministically from a seed:
  DIR/corpus/<dialect>/NNNNN.xml  10,000 realistic documents of 0.3-3 KB across the three
                                  dialects, about a tenth of them with mistakes;
  DIR/big-<N>mb.xml               one <Response> of many <Dial> blocks, N MB, for N in SIZES.
With --dense, only the pair for "one-line vs many-line", from a seed of its own:
  DIR/dense-lines-10mb.xml        10 MB of <Dial> blocks, two in five of them a mistake
                                  (tens of thousands of diagnostics), on 125,000 lines;
  DIR/dense-oneline-10mb.xml      the same bytes with every line break a space: one line.
Usage: make_corpus.py DIR [SIZES...] [--count N] | make_corpus.py DIR --dense
  (SIZES default: 1 10 100; N default 10000)"""
import os
import random
import sys

arguments = sys.argv[1:]
count = 10_000
if "--count" in arguments:
    position = arguments.index("--count")
    count = int(arguments[position + 1])
    del arguments[position:position + 2]
dense = "--dense" in arguments
if dense:
    arguments.remove("--dense")
out = arguments[0]
sizes = [int(size) for size in arguments[1:]] if len(arguments) > 1 else [1, 10, 100]
if arguments[1:] == ["0"]:
    sizes = []
rng = random.Random(20261123)

HOSTS = ["example.com", "pbx.example.net", "sip.example.org", "192.0.2.10", "[2001:db8::7]"]
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "+15551234567", "support", "sales-queue"]
SAYS = ["Please hold while we connect you.", "Connecting you to an agent.", "Thank you for calling.",
        "Your call may be recorded for quality purposes.", "Please wait."]


def uri(dialect):
    text = f"sip:{rng.choice(USERS)}@{rng.choice(HOSTS)}"
    if rng.random() < 0.3:
        text += ":" + str(rng.choice([5060, 5061, 5080]))
    if rng.random() < 0.4:
        text += ";transport=" + rng.choice({"signalwire": ["tls", "udp", "tcp"], "restcomm": ["udp", "tcp"],
                                            "twilio": ["udp", "tcp", "tls"]}[dialect])
    if rng.random() < 0.4:
        headers = [f"X-Id-{n}={rng.randint(1, 99999)}" for n in range(rng.randint(1, 3))]
        text += "?" + "&amp;".join(headers)
    return text


def sip(dialect):
    attributes = []
    if rng.random() < 0.3:
        attributes.append('username="agent" password="s3cret"')
    if rng.random() < 0.4:
        events = ["initiated", "ringing", "answered", "completed"]
        chosen = rng.sample(events, rng.randint(1, 4))
        separator = "," if dialect == "restcomm" else " "
        attributes.append(f'statusCallback="https://hooks.example.com/status" statusCallbackEvent="{separator.join(chosen)}"')
    if dialect == "signalwire" and rng.random() < 0.4:
        attributes.append('codecs="' + ",".join(rng.sample(["PCMU", "PCMA", "G722", "G729", "OPUS"], rng.randint(1, 3))) + '"')
    if dialect == "signalwire" and rng.random() < 0.2:
        attributes.append(f'sessionTimeout="{rng.choice([0, 600, 1800])}"')
    if dialect == "restcomm" and rng.random() < 0.3:
        attributes.append(f'url="/screen" timeout="{rng.randint(5, 60)}"')
    if dialect == "twilio" and rng.random() < 0.2:
        attributes.append('machineDetection="Enable" amdStatusCallback="/amd"')
    space = " " if attributes else ""
    return f'    <Sip{space}{" ".join(attributes)}>{uri(dialect)}</Sip>\n'


def dial(dialect):
    attributes = [f'timeout="{rng.randint(5, 60)}"']
    if rng.random() < 0.5:
        attributes.append('action="https://app.example.com/after-dial" method="POST"')
    if rng.random() < 0.3:
        attributes.append(f'callerId="{rng.choice(["+15557654321", "support-line", "sales.team"])}"')
    if rng.random() < 0.2:
        attributes.append('record="' + ("true" if dialect == "restcomm" else "record-from-answer") + '"')
    limit = {"signalwire": 4, "restcomm": 1, "twilio": 1}[dialect]
    body = "".join(sip(dialect) for _ in range(rng.randint(1, limit)))
    return f'  <Dial {" ".join(attributes)}>\n{body}  </Dial>\n'


def document(dialect, broken, target):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n']
    size = sum(map(len, parts))
    while size < target:
        piece = dial(dialect) if rng.random() < 0.6 else f"  <Say>{rng.choice(SAYS)}</Say>\n"
        parts.append(piece)
        size += len(piece)
    if broken:
        mistake = rng.choice([
            '  <Dial><Sip>sip:a@example.com</Sip><Number>+15551234567</Number></Dial>\n',
            '  <Dial><Sip codecs="PCMU,G711">sip:a@example.com</Sip></Dial>\n',
            '  <Dial><Sip>alice@example.com</Sip></Dial>\n',
            '  <Dial><Sip statusCallbackEvent="ringing">sip:a@example.com:70000</Sip></Dial>\n',
            '  <Dial method="post"><Sip>sip:a@example.com?transport=udp</Sip></Dial>\n',
        ])
        parts.insert(2, mistake)
    parts.append("</Response>\n")
    return "".join(parts)


MISTAKES = [
    "<Dial><Sip>pcmu</Sip><Number>x</Number></Dial>\n",
    '<Dial><Sip codecs="PCMU,G711">sip:a@example.com</Sip></Dial>\n',
    "<Dial><Sip>alice@example.com</Sip></Dial>\n",
    '<Dial><Sip statusCallbackEvent="ringing">sip:a@example.com:70000</Sip></Dial>\n',
    '<Dial method="post"><Sip>sip:a@example.com?transport=udp</Sip></Dial>\n',
]


def dense_pair(directory, megabytes=10):
    """The same mistake-dense document twice: one block a line, and all on one line."""
    global rng
    rng = random.Random(20261124)
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n']
    size = len(parts[0])
    while size < megabytes * 1_000_000:
        piece = rng.choice(MISTAKES) if rng.random() < 0.4 else dial("signalwire")
        parts.append(piece)
        size += len(piece)
    parts.append("</Response>")
    text = "".join(parts)
    for name, body in (("lines", text), ("oneline", text.replace("\n", " "))):
        with open(os.path.join(directory, f"dense-{name}-{megabytes}mb.xml"), "w", encoding="utf-8") as handle:
            handle.write(body + "\n")


if dense:
    os.makedirs(out, exist_ok=True)
    dense_pair(out)
    print(f"dense documents: {out}/dense-lines-10mb.xml, {out}/dense-oneline-10mb.xml")
    sys.exit(0)

dialects = ["signalwire", "restcomm", "twilio"]
for dialect in dialects:
    os.makedirs(os.path.join(out, "corpus", dialect), exist_ok=True)
for number in range(count):
    dialect = dialects[number % 3]
    text = document(dialect, rng.random() < 0.1, rng.randint(300, 2800))
    with open(os.path.join(out, "corpus", dialect, f"{number:05d}.xml"), "w", encoding="utf-8") as handle:
        handle.write(text)

for megabytes in sizes:
    target = megabytes * 1_000_000
    with open(os.path.join(out, f"big-{megabytes}mb.xml"), "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n')
        written = 0
        while written < target:
            piece = dial("signalwire")
            handle.write(piece)
            written += len(piece)
        handle.write("</Response>\n")
print(f"corpus: {count} documents in {out}/corpus; big documents: {', '.join(f'{s} MB' for s in sizes)}")
