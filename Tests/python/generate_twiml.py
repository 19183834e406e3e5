"""Writes TwiML documents built with the Twilio Python library's VoiceResponse, using
<Dial>/<Sip> and the attributes the library offers, and one document per verb with every
noun and attribute keyword the library offers for it, to the directory given. Run by
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

# One document per verb of VoiceResponse, each built with every noun the library offers
# for that verb and every attribute keyword each element accepts, with plausible values.
# VoiceResponse.queue() and VoiceResponse.prompt() are not used at the top: the reference
# nests <Queue> only in <Dial> and <Prompt> only in <Pay>, and both appear there below.
HOOK = "https://example.com/twiml"

r = VoiceResponse()
r.say("Welcome", voice="Polly.Joanna", loop=1, language="en-US")
# Every SSML element the library offers, in <Say> and in each SSML element that nests others.
SSML_CALLS = [  # (method, positional words, keyword attributes), in a fixed order
    ("break_", (), {"strength": "medium", "time": "500ms"}),
    ("emphasis", ("really",), {"level": "moderate"}),
    ("lang", ("bonjour",), {"xml_lang": "fr-FR"}),
    ("p", ("A paragraph.",), {}),
    ("phoneme", ("pecan",), {"alphabet": "ipa", "ph": "pɪˈkɑːn"}),
    ("prosody", ("slowly",), {"volume": "loud", "rate": "90%", "pitch": "+5%"}),
    ("s", ("A sentence.",), {}),
    ("say_as", ("12/25/2026",), {"interpret_as": "date", "format": "mdy"}),
    ("sub", ("Al",), {"alias": "aluminum"}),
    ("w", ("read",), {"role": "amazon:VBD"}),
]


def fill_ssml(node):
    for method, words, attributes in SSML_CALLS:
        if hasattr(node, method):
            getattr(node, method)(*words, **attributes)


say = r.say(voice="Polly.Matthew-Neural", language="en-US")
fill_ssml(say)
for method, words, attributes in SSML_CALLS:
    if method in ("emphasis", "lang", "p", "prosody", "s", "w"):  # the ones that nest others
        fill_ssml(getattr(say, method)(*words, **attributes))
documents["verb-say"] = r

r = VoiceResponse()
r.play("https://example.com/cowbell.mp3", loop=2)
r.play(digits="wwww3")
documents["verb-play"] = r

r = VoiceResponse()
r.say("I will pause 5 seconds.")
r.pause(length=5)
documents["verb-pause"] = r

r = VoiceResponse()
g = r.gather(input="dtmf speech", action=f"{HOOK}/gathered", method="POST", timeout=5, speech_timeout=3,
             max_speech_time=45, profanity_filter=True, finish_on_key="#", num_digits=4,
             partial_result_callback=f"{HOOK}/partial", partial_result_callback_method="GET", language="en-US",
             hints="billing, technical support", barge_in=True, debug=False, action_on_empty_result=True,
             speech_model="phone_call", enhanced=True)
g.say("Enter or say your account number.", voice="Polly.Amy", loop=1, language="en-GB")
g.pause(length=1)
g.play("https://example.com/menu.mp3", loop=1)
r.say("We did not receive any input.")
documents["verb-gather"] = r

r = VoiceResponse()
r.record(action=f"{HOOK}/recorded", method="POST", timeout=10, finish_on_key="#*", max_length=120, play_beep=True,
         trim="trim-silence", recording_status_callback=f"{HOOK}/recording-status",
         recording_status_callback_method="POST", recording_status_callback_event="in-progress completed absent",
         transcribe=True, transcribe_callback=f"{HOOK}/transcribed", recording_configuration_id="RC0123456789abcdef")
documents["verb-record"] = r

r = VoiceResponse()
d = r.dial(number="+15557654321", action=f"{HOOK}/dialed", method="POST", timeout=30, hangup_on_star=True,
           time_limit=3600, caller_id="+15551234567", record="record-from-ringing-dual", trim="do-not-trim",
           recording_status_callback=f"{HOOK}/recording", recording_configuration_id="RC0123456789abcdef",
           recording_status_callback_method="POST", recording_status_callback_event="completed",
           answer_on_bridge=True, ring_tone="gb", recording_track="outbound", sequential=True,
           refer_url=f"{HOOK}/refer", refer_method="GET", events="call-progress-events", passports="eyJ0eXAi")
d = r.dial(sequential=True)
d.number("+15551234567", send_digits="wwww1234", url=f"{HOOK}/whisper", method="POST",
         status_callback_event="initiated ringing answered completed", status_callback=f"{HOOK}/number-events",
         status_callback_method="POST", byoc="BY0123456789abcdef0123456789abcdef", machine_detection="Enable",
         amd_status_callback_method="POST", amd_status_callback=f"{HOOK}/amd", machine_detection_timeout=30,
         machine_detection_speech_threshold=2400, machine_detection_speech_end_threshold=1200,
         machine_detection_silence_timeout=5000)
c = d.client(url=f"{HOOK}/client-whisper", method="GET", status_callback_event="ringing answered",
             status_callback=f"{HOOK}/client-events", status_callback_method="POST")
c.identity("alice")
c.parameter(name="Ticket", value="42")
d.client("bob")
d.whats_app("+15559876543", url=f"{HOOK}/wa-whisper", method="POST", status_callback_event="answered completed",
            status_callback=f"{HOOK}/wa-events", status_callback_method="GET")
d.sim("DE8caa2afb9d5279926619c458dc7098a8")
r.dial().conference(
    "Room 1234", muted=False, beep="onEnter", start_conference_on_enter=True, end_conference_on_exit=False,
    wait_url="https://example.com/hold-music", wait_method="GET", max_participants=10, record="record-from-start",
    recording_configuration_id="RC0123456789abcdef", region="us1", coach="CA0123456789abcdef0123456789abcdef",
    trim="trim-silence", status_callback_event="start end join leave mute hold modify speaker announcement",
    status_callback=f"{HOOK}/conference-events", status_callback_method="POST",
    recording_status_callback=f"{HOOK}/conference-recording", recording_status_callback_method="POST",
    recording_status_callback_event="in-progress completed absent", event_callback_url=f"{HOOK}/conference-speaker",
    jitter_buffer_size="medium", participant_label="customer")
r.dial().conference("Quiet room", beep="false", wait_url="")
r.dial().queue("support", url=f"{HOOK}/about-to-connect", method="GET",
               reservation_sid="WR0123456789abcdef0123456789abcdef",
               post_work_activity_sid="WA0123456789abcdef0123456789abcdef")
a = r.dial().application(url=f"{HOOK}/app-whisper", method="POST", status_callback_event="initiated completed",
                         status_callback=f"{HOOK}/app-events", status_callback_method="POST",
                         customer_id="customer-42", copy_parent_to=True)
a.application_sid("AP0123456789abcdef0123456789abcdef")
a.parameter(name="AccountType", value="premium")
s = r.dial().sip(username="carol", password="pw", url=f"{HOOK}/sip-whisper", method="POST",
                 status_callback_event="initiated completed", status_callback=f"{HOOK}/sip-events",
                 status_callback_method="GET", machine_detection="DetectMessageEnd",
                 amd_status_callback_method="GET", amd_status_callback=f"{HOOK}/sip-amd",
                 machine_detection_timeout=20, machine_detection_speech_threshold=2000,
                 machine_detection_speech_end_threshold=1000, machine_detection_silence_timeout=4000)
s.uri("sip:carol@example.com", priority=0, weight=2, username="carol", password="pw")
s.headers().header(name="X-Ticket", value="42")
documents["verb-dial"] = r

r = VoiceResponse()
r.enqueue("support", action=f"{HOOK}/left-queue", max_queue_size=50, method="POST",
          wait_url=f"{HOOK}/wait-music", wait_url_method="GET")
documents["verb-enqueue"] = r
r = VoiceResponse()
r.enqueue(workflow_sid="WW0123456789abcdef0123456789abcdef").task('{"selected_language":"es"}', priority=5,
                                                                   timeout=200)
documents["verb-enqueue-task"] = r

r = VoiceResponse()
r.leave()
documents["verb-leave"] = r

r = VoiceResponse()
r.say("Goodbye")
r.hangup().parameter(name="X-Reason", value="finished")
documents["verb-hangup"] = r

r = VoiceResponse()
r.redirect(f"{HOOK}/next", method="GET")
documents["verb-redirect"] = r

r = VoiceResponse()
r.reject(reason="busy").parameter(name="X-Reason", value="blocked")
documents["verb-reject"] = r

r = VoiceResponse()
r.refer(action=f"{HOOK}/referred", method="POST").sip("sip:dave@example.com")
documents["verb-refer"] = r

r = VoiceResponse()
r.connect(action=f"{HOOK}/room-done", method="POST").room("DailyStandup", participant_identity="alice")
stream = r.connect().stream(name="bidirectional", url="wss://example.com/audio", track="inbound_track",
                            status_callback=f"{HOOK}/stream-events", status_callback_method="POST",
                            audio_format="audio/x-mulaw", sample_rate=8000)
stream.parameter(name="Caller", value="+15551234567")
r.connect().stream(connector_name="My_Stream_Connector")
agent = r.connect().virtual_agent(connector_name="project-1", language="en-US", sentiment_analysis=True,
                                  status_callback=f"{HOOK}/agent-events", status_callback_method="GET")
agent.config(name="welcomeIntent", value="greeting")
agent.parameter(name="customer", value="42")
r.connect().conversation(service_instance_sid="IS0123456789abcdef0123456789abcdef", inbound_autocreation=True,
                         routing_assignment_timeout=10, inbound_timeout=60, url=f"{HOOK}/conversation",
                         method="POST", record="record-from-answer", trim="trim-silence",
                         recording_status_callback=f"{HOOK}/conversation-recording",
                         recording_status_callback_method="POST", recording_status_callback_event="completed",
                         status_callback=f"{HOOK}/conversation-events", status_callback_method="POST",
                         status_callback_event="initiated ringing answered completed")
relay = r.connect(action=f"{HOOK}/relay-done").conversation_relay(
    url="wss://example.com/relay", language="en-US", tts_language="en-US", transcription_language="en-US",
    tts_provider="ElevenLabs", voice="UgBBYS2sOqTuMpoF3BR0", transcription_provider="Deepgram",
    speech_model="nova-3-general", profanity_filter=True, dtmf_detection=True,
    welcome_greeting="Hi! How can I help you today?", partial_prompts=True, welcome_greeting_interruptible="any",
    interruptible="speech", preemptible=False, hints="Twilio, ConversationRelay",
    intelligence_service="GA0123456789abcdef0123456789abcdef", report_input_during_agent_speech=False,
    elevenlabs_text_normalization="on", interrupt_sensitivity="medium", debug="debugging speaker-events",
    backgroundNoiseReduction=True, speechTimeout=500, deepgramSmartFormat=True, ignoreBackchannel=True,
    events="agent-speaking", partial_prompt_on_hangup=True, eager_eot_threshold=0.5, asr_smart_format=True,
    tts_text_normalization="auto", tts_language_text_normalization=True,
    elevenlabs_language_text_normalization=True, include_in_prompt="turn-state", customer_name="Alice",
    application_reconnect=True, echo_prompt_filtering=True, turn_detection=True)
relay.language(code="fr-FR", tts_provider="Google", voice="fr-FR-Neural2-B", transcription_provider="Google",
               speech_model="telephony", hints="Paris, Lyon", asr_smart_format=False, tts_text_normalization="off",
               tts_language_text_normalization=False)
relay.parameter(name="customer", value="42")
r.connect().autopilot("UA0123456789abcdef0123456789abcdef")
r.connect().ai_session(ai_connector="my-ai-connector", ai_session_configuration="my-ai-configuration")
r.connect().conversation_relay_session(connector="my-relay-connector", session_configuration="my-relay-configuration")
documents["verb-connect"] = r

r = VoiceResponse()
start = r.start(action=f"{HOOK}/started", method="POST")
stream = start.stream(name="fork", url="wss://example.com/fork", track="both_tracks",
                      status_callback=f"{HOOK}/fork-events", status_callback_method="GET",
                      audio_format="audio/x-mulaw", sample_rate=8000)
stream.parameter(name="Caller", value="+15551234567")
start.stream(name="connector-fork", connector_name="My_Stream_Connector")
siprec = start.siprec(name="siprec-1", connector_name="SRS_Connector", track="both_tracks",
                      status_callback=f"{HOOK}/siprec-events", status_callback_method="POST")
siprec.parameter(name="CallerName", value="Alice")
transcription = start.transcription(
    name="live-1", track="both_tracks", status_callback_url=f"{HOOK}/transcripts", status_callback_method="POST",
    inbound_track_label="customer", outbound_track_label="agent", partial_results=True, language_code="en-US",
    transcription_engine="google", profanity_filter=True, speech_model="telephony", hints="Twilio, TwiML",
    enable_automatic_punctuation=True, intelligence_service="GA0123456789abcdef0123456789abcdef")
transcription.config(name="interimResults", value="true")
transcription.parameter(name="customer", value="42")
start.recording(recording_status_callback=f"{HOOK}/start-recording", recording_status_callback_method="POST",
                recording_status_callback_event="in-progress completed absent", trim="do-not-trim", track="both",
                channels="dual", recording_configuration_id="RC0123456789abcdef")
r.say("This call is streamed, recorded and transcribed.")
documents["verb-start"] = r

r = VoiceResponse()
stop = r.stop()
stop.stream(name="fork")
stop.siprec(name="siprec-1")
stop.transcription(name="live-1")
r.say("Streaming stopped.")
documents["verb-stop"] = r

r = VoiceResponse()
pay = r.pay(input="dtmf", status_callback=f"{HOOK}/pay-status", status_callback_method="POST", timeout=5,
            max_attempts=3, security_code=True, postal_code=False, min_postal_code_length=5,
            payment_connector="Default", payment_method="credit-card", token_type="one-time",
            charge_amount="20.45", currency="usd", description="Order 42", valid_card_types="visa mastercard amex",
            language="en-US")
prompt = pay.prompt(for_="payment-card-number", error_type="invalid-card-number", card_type="visa", attempt=1,
                    require_matching_inputs=False)
prompt.say("Please enter your card number.")
prompt.pause(length=1)
prompt.play("https://example.com/card-prompt.mp3", loop=1)
pay.parameter(name="order_id", value="42")
r.pay(action=f"{HOOK}/ach-done", payment_method="ach-debit", bank_account_type="consumer-checking",
      token_type="reusable", payment_connector="ACH_Connector").prompt(
    for_="bank-routing-number", require_matching_inputs=True).say("Please enter your routing number.")
documents["verb-pay"] = r

r = VoiceResponse()
r.sms("Your code is 1234.", to="+15557654321", from_="+15551234567", action=f"{HOOK}/sms-sent", method="POST",
      status_callback=f"{HOOK}/sms-status")
documents["verb-sms"] = r

r = VoiceResponse()
r.echo()
documents["verb-echo"] = r

for name, response in documents.items():
    with open(os.path.join(out, name + ".xml"), "w", encoding="utf-8") as handle:
        handle.write(str(response))
print(f"wrote {len(documents)} documents to {out}")
