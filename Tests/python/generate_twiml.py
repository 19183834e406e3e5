"""Writes TwiML documents built with the Twilio Python library's VoiceResponse, using
<Dial>/<Sip> and the attributes the library offers, to the directory given. Run by
`make twilio-check`, which lints them with --dialect twilio and expects no diagnostic."""
import os
import sys

from twilio.twiml.voice_response import Dial, VoiceResponse

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
documents = {}

r = VoiceResponse()
r.dial().sip("sip:alice@example.com")
documents["minimal"] = r

r = VoiceResponse()
d = r.dial(action="https://example.com/after-dial", method="POST", timeout=30, hangup_on_star=True,
           time_limit=600, caller_id="+15551234567", record="record-from-answer-dual", trim="trim-silence",
           recording_status_callback="https://example.com/recording", recording_configuration_id="JZxxxxxxxx",
           recording_status_callback_method="GET", recording_status_callback_event="in-progress completed",
           answer_on_bridge=True, ring_tone="us", recording_track="both", sequential=False,
           refer_url="/refer", refer_method="POST", events="call-progress-events", passports="eyJ0eXAi")
d.sip("sip:bob@example.com;transport=tls?X-Ticket=123&User-to-User=a1b2", username="bob", password="s3cret",
      url="https://example.com/screen", method="GET", status_callback_event="initiated ringing answered completed",
      status_callback="https://example.com/events", status_callback_method="POST")
documents["all-dial-attributes"] = r

r = VoiceResponse()
r.dial(caller_id="support-line", record=True).sip(
    "sips:carol@example.com:5061;transport=tcp", machine_detection="DetectMessageEnd",
    amd_status_callback="/amd", amd_status_callback_method="POST", machine_detection_timeout=30,
    machine_detection_speech_threshold=2400, machine_detection_speech_end_threshold=1200,
    machine_detection_silence_timeout=5000)
documents["answering-machine-detection"] = r

r = VoiceResponse()
d = Dial(timeout=20)
s = d.sip(username="dave", password="pw")
s.uri("sip:dave@example.com", priority=0, weight=10)
s.uri("sip:dave@backup.example.com", priority=1, weight=5, username="dave2", password="pw2")
h = s.headers()
h.header(name="X-Customer-Id", value="42")
h.header(name="x-lower-case", value="ok")
h.header(name="P-Called-Party-ID", value="sip:dave@example.com")
r.append(d)
documents["uri-and-headers"] = r

r = VoiceResponse()
r.say("Transferring you")
r.refer(action="/after-refer").sip("sip:erin@example.com")
documents["refer"] = r

r = VoiceResponse()
r.dial(answer_on_bridge=False).sip("sip:+15551234567@[2001:db8::10]:5080;user=phone")
r.hangup()
documents["ipv6-and-verbs"] = r

for name, response in documents.items():
    with open(os.path.join(out, name + ".xml"), "w", encoding="utf-8") as handle:
        handle.write(str(response))
print(f"wrote {len(documents)} documents to {out}")
