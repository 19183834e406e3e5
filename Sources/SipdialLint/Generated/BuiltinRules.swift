// Generated from Rules/ by `make generate`; do not edit by hand.
// The rule and dialect files, built into the binary so that a copied binary works alone.
enum BuiltinRules {
    static let files: [(name: String, text: String)] = [
        ("Rules/dialects/restcomm.yml", #"""
# Restcomm RCML: seed 002 and SPEC.md section 1.
dialect: restcomm
title: Restcomm RCML
elements:
  Response:
  Dial:
    attributes:
      action: url
      method: http-method
      timeout: positive-integer
      timeLimit: positive-integer
      callerId: caller-id
      record: {enum: ["true", "false"]}
      hangupOnStar: boolean
    children: [Sip, Number, Client, Conference]
  Sip:
    attributes:
      url: url
      timeout: positive-integer
      method: http-method
      statusCallbackEvent: events
      statusCallback: url
      statusCallbackMethod: http-method
      username: string
      password: string
      name: string
    children: [Video]
  Video:
  Number:
  Client:
  Conference:
  Say:
  Play:
  Pause:
  Gather:
  Record:
  Redirect:
  Reject:
  Hangup:
  Sms:
  Email:
  Fax:
  Ussd:

"""#),
        ("Rules/dialects/signalwire.yml", #"""
# SignalWire LaML / cXML: seed 000 and SPEC.md section 1.
dialect: signalwire
title: SignalWire LaML / cXML
elements:
  Response:
  Dial:
    attributes:
      action: url
      answerOnBridge: boolean
      callerId: caller-id
      callerName: string
      hangupOnStar: boolean
      method: http-method
      record: {enum: [do-not-record, record-from-answer, record-from-ringing, record-from-answer-dual, record-from-ringing-dual, "true", "false"]}
      recordingStatusCallback: url
      recordingStatusCallbackEvent: string
      recordingStatusCallbackMethod: http-method
      recordingStorageUrl: url
      recordingStorageUrlMethod: http-method
      recordingTrack: {enum: [both, inbound, outbound]}
      ringTone: string
      timeLimit: positive-integer
      timeout: {integer: [5, 600]}
      trim: {enum: [trim-silence, do-not-trim]}
    children: [Sip, Number, Client, Conference, Queue, Verto, Stream]
  Sip:
    attributes:
      codecs: codecs
      method: http-method
      password: string
      sessionTimeout: non-negative-integer
      statusCallback: url
      statusCallbackEvent: events
      statusCallbackMethod: http-method
      url: url
      username: string
    children: []
  Refer:
  Number:
  Client:
  Conference:
  Queue:
  Verto:
  Stream:
  Say:
  Play:
  Pause:
  Gather:
  Record:
  Redirect:
  Reject:
  Hangup:
  Enqueue:
  Leave:
  Connect:
  Echo:
  Sms:
  Message:

"""#),
        ("Rules/dialects/twilio.yml", #"""
# Twilio TwiML: SPEC.md section 1.
dialect: twilio
title: Twilio TwiML
elements:
  Response:
  Dial:
    attributes:
      action: url
      answerOnBridge: boolean
      callerId: caller-id
      callReason: string
      events: string
      hangupOnStar: boolean
      method: http-method
      record: {enum: [do-not-record, record-from-answer, record-from-ringing, record-from-answer-dual, record-from-ringing-dual, "true", "false"]}
      recordingConfigurationId: string
      recordingStatusCallback: url
      recordingStatusCallbackEvent: string
      recordingStatusCallbackMethod: http-method
      recordingTrack: {enum: [both, inbound, outbound]}
      referUrl: url
      referMethod: http-method
      ringTone: string
      sequential: boolean
      timeLimit: positive-integer
      timeout: positive-integer
      trim: {enum: [trim-silence, do-not-trim]}
      passports: string
    children: [Sip, Number, Client, Conference, Queue, Sim, Application, WhatsApp]
  Sip:
    attributes:
      username: string
      password: string
      url: url
      method: http-method
      statusCallbackEvent: events
      statusCallback: url
      statusCallbackMethod: http-method
      machineDetection: {enum: [Enable, DetectMessageEnd]}
      machineDetectionTimeout: positive-integer
      machineDetectionSpeechThreshold: positive-integer
      machineDetectionSpeechEndThreshold: positive-integer
      machineDetectionSilenceTimeout: positive-integer
      amdStatusCallback: url
      amdStatusCallbackMethod: http-method
    children: [Uri, Headers]
  Uri:
    attributes:
      priority: non-negative-integer
      weight: positive-integer
      username: string
      password: string
    children: []
  Headers:
    attributes: {}
    children: [Header]
  Header:
    attributes:
      name: string
      value: string
    children: []
  Refer:
  Number:
  Client:
  Conference:
  Queue:
  Sim:
  Application:
  WhatsApp:
  Say:
  Play:
  Pause:
  Gather:
  Record:
  Redirect:
  Reject:
  Hangup:
  Enqueue:
  Leave:
  Connect:
  Start:
  Stop:
  Pay:
  Prompt:
  Sms:
  Message:

"""#),
        ("Rules/io-error.yml", #"""
id: io-error
severity: error
dialects: all
summary: a path that cannot be read (missing, no permission, not a regular file)
check: input
always-on: true
message: "cannot read \"PATH\": the reason"
docs:
  what: Reports a path named on the command line, or found in a directory, that cannot be read - it does not exist, permission is denied, or it is not a regular file - at line 1, column 1. The other files are still linted, and the exit status is 2.
  why: A file that was meant to be checked and was not is a failure of the check, not a pass; CI must not go green because a path was mistyped.

"""#),
        ("Rules/root-response.yml", #"""
id: root-response
severity: error
dialects: all
summary: the root element is not <Response>
select: "/*[local-name() != 'Response']"
check: report
message: "root element is <{element}>; a voice-call document's root element is <Response>"
docs:
  what: Reports a document whose root element is anything but <Response>.
  why: LaML, RCML and TwiML documents are a <Response> holding verbs. A platform that gets another root element, or a verb on its own, treats the document as invalid and the call fails.
  example: |
    <Dial><Sip>sip:alice@example.com</Sip></Dial>
  use-instead: |
    <Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<?xml version=\"1.0\"?><Response/>"
  invalid:
    - xml: "↓<Dial><Sip>sip:alice@example.com</Sip></Dial>"
    - xml: "<?xml version=\"1.0\"?>\n↓<response><Dial><Sip>sip:alice@example.com</Sip></Dial></response>"

"""#),
        ("Rules/sip-codecs.yml", #"""
id: sip-codecs
severity: error
dialects: [signalwire]
summary: a codec outside the allowed list, an empty item or a repeated codec in codecs
select: //Sip
check: list
attribute: codecs
allowed: [PCMU, PCMA, G722, G729, OPUS]
separator: ","
message:
  unknown: "unknown codec \"{item}\"; allowed: {allowed}"
  case: "codec \"{item}\" must be written in upper case: {suggestion}"
  empty: "empty item in codecs \"{value}\": remove the extra comma"
  duplicate: "codec \"{item}\" is listed twice in codecs \"{value}\""
  separator: "codecs are separated by commas, not spaces: \"{value}\""
docs:
  what: Checks the codecs attribute of <Sip> - a comma-separated list offered in order - against PCMU, PCMA, G722, G729 and OPUS.
  why: SignalWire offers only these codecs; an unknown or misspelt name (G711, pcmu, OPUS1) makes the INVITE fail or silently drops the codec, and the call has no audio or does not connect.
  example: |
    <Response><Dial><Sip codecs="PCMU,G711,opus">sip:alice@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip codecs="PCMU,PCMA,OPUS">sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip codecs=\"PCMU,PCMA,G722,G729,OPUS\">sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip codecs=\"OPUS\">sip:alice@example.com</Sip><Sip>sip:bob@example.com</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip codecs=\"PCMU,OPUS,↓G711\">sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip codecs=\"↓pcmu,PCMA\">sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip codecs=\"PCMU,↓,PCMA,↓PCMU\">sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip codecs=\"PCMU↓ PCMA\">sip:alice@example.com</Sip></Dial></Response>"

"""#),
        ("Rules/sip-exclusive-nouns.yml", #"""
id: sip-exclusive-nouns
severity: error
dialects: all
summary: a <Dial> that holds <Sip> also holds another noun or a bare number
select: //Dial
check: exclusive-children
of: Sip
message:
  element: "<{child}> beside <Sip> in one <Dial>: a <Dial> that holds <Sip> holds no other noun"
  text: "bare text \"{text}\" beside <Sip> in one <Dial>: a <Dial> that holds <Sip> holds no other noun"
docs:
  what: Reports each noun (<Number>, <Client>, <Conference>, <Queue>, ...) or bare number text in a <Dial> that also holds a <Sip>.
  why: SignalWire, Restcomm and Twilio all refuse other nouns beside <Sip> in the same <Dial>; the <Dial> fails when the call reaches it. (Twilio's Enhanced Programmable SIP and Restcomm's forking engine go further; if you rely on that, turn this rule off in the config.)
  example: |
    <Response>
      <Dial>
        <Sip>sip:alice@example.com</Sip>
        <Number>+15551234567</Number>
      </Dial>
    </Response>
  use-instead: |
    <Response>
      <Dial action="/next-step">
        <Sip>sip:alice@example.com</Sip>
      </Dial>
    </Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com</Sip><!-- a comment --></Dial></Response>"
    - xml: "<Response><Dial><Number>+15551234567</Number><Client>bob</Client></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial>+15551234567</Dial><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>"
  invalid:
    - xml: "<Response>\n  <Dial>\n    <Sip>sip:alice@example.com</Sip>\n    ↓<Number>+15551234567</Number>\n  </Dial>\n</Response>"
    - dialect: restcomm
      xml: "<Response><Dial>↓<Client>bob</Client><Sip>sip:alice@example.com</Sip>↓<Conference>room</Conference></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial>\n  ↓+15551234567\n  <Sip>sip:alice@example.com</Sip>\n</Dial></Response>"

"""#),
        ("Rules/sip-headers-length.yml", #"""
id: sip-headers-length
severity: error
dialects: all
summary: the headers part of a SIP URI (after the first "?") is 1024 characters or longer
select: //Sip
check: uri-length
part: headers
limit: 1024
message: "SIP URI headers are {length} characters long; they must be under {limit} (the part after the first \"?\")"
docs:
  what: Measures the headers part of each URI a <Sip> dials - everything after the first "?", after XML decoding - and reports it when it is 1024 characters or longer.
  why: The platforms limit custom SIP headers to under 1024 characters; a longer set makes the INVITE fail when the call is placed.
  example: |
    <Response><Dial><Sip>sip:alice@example.com?X-Data=...(1100 characters)...</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip>sip:alice@example.com?X-Data-Id=42</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com?X-A=hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com?X-A=1&amp;X-B=2</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com↓?X-A=hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response>\n<Dial>\n<Sip>sip:alice@example.com↓?X-A=1&amp;X-B=zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz</Sip></Dial></Response>"

"""#),
        ("Rules/sip-max-count.yml", #"""
id: sip-max-count
severity: error
dialects: all
summary: more <Sip> nouns in one <Dial> than the dialect allows
select: //Dial
check: count
of: Sip
max: {signalwire: 10, restcomm: 1, twilio: 1}
message: "<Dial> holds {count} <Sip> nouns; {dialect} allows at most {max}"
docs:
  what: Counts the <Sip> nouns of each <Dial> and reports the first one over the dialect's limit - 10 for SignalWire, 1 for Restcomm and Twilio.
  why: >-
    The platform rejects the whole <Dial>, and the call fails when it reaches it. Twilio's Enhanced
    Programmable SIP allows 10; set "sip-max-count: {max: 10}" in the config if your account has it.
  example: |
    <Response>
      <Dial>
        <Sip>sip:alice@example.com</Sip>
        <Sip>sip:bob@example.com</Sip>
      </Dial>
    </Response>
  use-instead: |
    <Response>
      <Dial action="/try-bob">
        <Sip>sip:alice@example.com</Sip>
      </Dial>
    </Response>
examples:
  valid:
    - dialect: signalwire
      xml: "<Response><Dial><Sip>sip:u1@example.com</Sip><Sip>sip:u2@example.com</Sip><Sip>sip:u3@example.com</Sip><Sip>sip:u4@example.com</Sip><Sip>sip:u5@example.com</Sip><Sip>sip:u6@example.com</Sip><Sip>sip:u7@example.com</Sip><Sip>sip:u8@example.com</Sip><Sip>sip:u9@example.com</Sip><Sip>sip:u10@example.com</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial><Sip>sip:a@example.com</Sip></Dial><Dial><Sip>sip:b@example.com</Sip></Dial></Response>"
    - dialect: twilio
      options: {max: 10}
      xml: "<Response><Dial><Sip>sip:u1@example.com</Sip><Sip>sip:u2@example.com</Sip><Sip>sip:u3@example.com</Sip><Sip>sip:u4@example.com</Sip><Sip>sip:u5@example.com</Sip><Sip>sip:u6@example.com</Sip><Sip>sip:u7@example.com</Sip><Sip>sip:u8@example.com</Sip><Sip>sip:u9@example.com</Sip><Sip>sip:u10@example.com</Sip></Dial></Response>"
  invalid:
    - dialect: signalwire
      xml: "<Response><Dial><Sip>sip:u1@example.com</Sip><Sip>sip:u2@example.com</Sip><Sip>sip:u3@example.com</Sip><Sip>sip:u4@example.com</Sip><Sip>sip:u5@example.com</Sip><Sip>sip:u6@example.com</Sip><Sip>sip:u7@example.com</Sip><Sip>sip:u8@example.com</Sip><Sip>sip:u9@example.com</Sip><Sip>sip:u10@example.com</Sip>↓<Sip>sip:u11@example.com</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial><Sip>sip:a@example.com</Sip>↓<Sip>sip:b@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response>\n<Dial>\n  <Sip>sip:a@example.com</Sip>\n  ↓<Sip>sip:b@example.com</Sip>\n  <Sip>sip:c@example.com</Sip>\n</Dial>\n</Response>"

"""#),
        ("Rules/sip-session-timeout.yml", #"""
id: sip-session-timeout
severity: error
dialects: [signalwire]
summary: sessionTimeout that is not a non-negative integer
select: //Sip
check: integer
attribute: sessionTimeout
min: 0
message:
  not-integer: "sessionTimeout \"{value}\" is not a whole number of seconds"
  range: "sessionTimeout \"{value}\" is negative; use 0 for the platform default, or a number of seconds"
docs:
  what: Checks that the sessionTimeout attribute of <Sip> is a whole number of seconds, 0 or more (0 lets SignalWire pick its default, typically 600).
  why: The value becomes the SIP Session-Expires header; a negative or non-numeric value is rejected by SignalWire and the call is not placed.
  example: |
    <Response><Dial><Sip sessionTimeout="-1">sip:alice@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip sessionTimeout="0">sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip sessionTimeout=\"0\">sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip sessionTimeout=\"1800\">sip:alice@example.com</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip sessionTimeout=\"↓-1\">sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response>\n<Dial>\n<Sip\n  sessionTimeout='↓10m'>sip:alice@example.com</Sip></Dial></Response>"

"""#),
        ("Rules/sip-uri-length.yml", #"""
id: sip-uri-length
severity: error
dialects: all
summary: the SIP URI (before the first "?") is 255 characters or longer
select: //Sip
check: uri-length
part: uri
limit: 255
message: "SIP URI is {length} characters long; it must be under {limit} (the part before the first \"?\")"
docs:
  what: Measures each URI a <Sip> dials - everything before the first "?", after XML decoding and without the surrounding white space - and reports it when it is 255 characters or longer.
  why: The platforms document the SIP URI as under 255 characters; a longer one is rejected when the call is placed, not when the document is fetched.
  example: |
    <Response><Dial><Sip>sip:a-very-long-user-name...(300 characters)...@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip>  sip:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.com  </Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com?X-Long=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip>\n  ↓sip:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab@example.com\n</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial><Sip>↓sip:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab&amp;cccccccccccccccccccc@example.com?X-A=1</Sip></Dial></Response>"

"""#),
        ("Rules/xml-doctype.yml", #"""
id: xml-doctype
severity: error
dialects: all
summary: a DOCTYPE or entity declaration, refused and never processed
check: parser
message: "DOCTYPE declaration is refused"
docs:
  what: Reports a DOCTYPE declaration (and with it any entity declaration). The document is not expanded, no DTD is fetched, and nothing else in it is linted.
  why: Voice-call XML needs no DTD. A DOCTYPE is how entity bombs and external-entity attacks reach a parser, and platforms reject or ignore it; a linter that processed it would be an attack surface in CI.
  example: |
    <!DOCTYPE Response [<!ENTITY host "example.com">]>
    <Response><Dial><Sip>sip:alice@&host;</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<?xml version=\"1.0\"?>\n<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<!-- no DOCTYPE here --><Response/>"
  invalid:
    - xml: "↓<!DOCTYPE Response [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n<Response>&b;</Response>"
    - xml: "<?xml version=\"1.0\"?>\n↓<!DOCTYPE Response SYSTEM \"http://127.0.0.1/evil.dtd\">\n<Response/>"

"""#),
        ("Rules/xml-syntax.yml", #"""
id: xml-syntax
severity: error
dialects: all
summary: the document is not well-formed XML
check: parser
message: "the parser's message, at the parser's line and column"
docs:
  what: Reports the first place where the document stops being well-formed XML - an empty file, an unclosed or mismatched tag, a raw "&", a NUL byte - or where it goes past the parser's safety limits (nesting deeper than 256 levels, a text node over 10 MB).
  why: A phone platform that cannot parse the document drops the call at once, and nothing else in the file can be checked until it parses.
  example: |
    <Response>
      <Dial>
        <Sip>sip:alice@example.com?mycustomheader=tata&myotherheader=toto</Sip>
      </Dial>
    </Response>
  use-instead: |
    <Response>
      <Dial>
        <Sip>sip:alice@example.com?mycustomheader=tata&amp;myotherheader=toto</Sip>
      </Dial>
    </Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com?a=1&amp;b=2</Sip></Dial></Response>"
    - xml: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n  <!-- a comment -->\n  <Dial><Sip><![CDATA[sip:alice@example.com]]></Sip></Dial>\n</Response>\n"
  invalid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com?a=1↓&b=2</Sip></Dial></Response>"
    - xml: "<Response>\n  <Dial>\n    <Sip>sip:alice@example.com</Sip>\n  ↓</Response>\n"
    - xml: "↓"
    - xml: "<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>↓<Response/>"

"""#),
    ]
}
