// Generated from Rules/ by `make generate`; do not edit by hand.
// The rule and dialect files, built into the binary so that a copied binary works alone.
enum BuiltinRules {
    static let files: [(name: String, text: String)] = [
        ("Rules/attribute-value.yml", #"""
id: attribute-value
severity: error
dialects: all
summary: a <Dial> or <Sip> attribute whose value does not fit the dialect's type
select: "//Dial | //Sip | //Sip//*"
check: attribute-types
skip: ["Sip@sessionTimeout", "Sip@timeout"]
message:
  boolean: "{attribute} \"{value}\" must be true or false{hint}"
  integer: "{attribute} \"{value}\" must be a whole number, {range}"
  enum: "{attribute} \"{value}\" is not one of {allowed}{hint}"
docs:
  what: Checks the attributes of <Dial>, <Sip> and what <Sip> holds against the types the dialect declares - booleans (hangupOnStar, answerOnBridge, sequential), integers with their ranges (timeout, timeLimit), enumerations (record, trim, recordingTrack, machineDetection).
  why: A value outside the type is ignored or refused by the platform - a timeout of "30s" falls back to the default, record="yes" records nothing - and the difference shows only on a live call.
  example: |
    <Response><Dial record="yes" timeout="2"><Sip>sip:alice@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial record="record-from-answer" timeout="30"><Sip>sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - dialect: signalwire
      xml: "<Response><Dial record=\"true\" timeout=\"600\" hangupOnStar=\"false\" trim=\"do-not-trim\"><Sip>sip:a@example.com</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial record=\"false\" timeout=\"1\" timeLimit=\"3600\"><Sip timeout=\"x\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial sequential=\"true\" recordingTrack=\"inbound\"><Sip machineDetection=\"Enable\"><Uri priority=\"0\" weight=\"5\">sip:a@example.com</Uri></Sip></Dial></Response>"
  invalid:
    - dialect: signalwire
      xml: "<Response><Dial record=\"↓yes\" timeout=\"↓2\"><Sip>sip:a@example.com</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial hangupOnStar=\"↓True\" record=\"↓record-from-answer\"><Sip>sip:a@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial timeLimit=\"↓-5\"><Sip machineDetection=\"↓enable\"><Uri weight=\"↓0\">sip:a@example.com</Uri></Sip></Dial></Response>"

"""#),
        ("Rules/dial-caller-id.yml", #"""
id: dial-caller-id
severity: error
dialects: all
summary: callerId on a <Dial> holding <Sip> with characters other than letters, digits and "+-_."
select: "//Dial[Sip]"
check: charset
attribute: callerId
extra: "+-_."
message: "callerId \"{value}\" has {character}; with <Sip>, callerId may hold only letters, digits, \"+\", \"-\", \"_\" and \".\""
docs:
  what: Checks the callerId of a <Dial> that holds <Sip>. It need not be an E.164 number, but may hold only letters, digits and the characters + - _ . - no spaces.
  why: The platform puts callerId in the From header of the INVITE; other characters are refused, and the call is not placed.
  example: |
    <Response><Dial callerId="Support Line"><Sip>sip:alice@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial callerId="support-line"><Sip>sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial callerId=\"+1_555.alice-b\"><Sip>sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial callerId=\"Front Desk\"><Number>+15551234567</Number></Dial></Response>"
  invalid:
    - xml: "<Response><Dial callerId=\"Support↓ Line\"><Sip>sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial callerId=\"alice↓@home\"><Sip>sip:a@example.com</Sip></Dial></Response>"

"""#),
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
        ("Rules/http-method.yml", #"""
id: http-method
severity: error
dialects: all
summary: a method attribute of <Dial> or <Sip> that is not GET or POST (POST or PUT for recordingStorageUrlMethod)
select: "//Dial | //Sip"
check: http-method
values: [GET, POST]
exceptions:
  recordingStorageUrlMethod: [POST, PUT]
message:
  case: "{attribute} \"{value}\" must be upper case: {suggestion}"
  unknown: "{attribute} \"{value}\" is not a method the platform uses here; use {allowed}"
docs:
  what: Checks the HTTP method attributes of <Dial> and <Sip> (method, statusCallbackMethod, recordingStatusCallbackMethod, referMethod, amdStatusCallbackMethod) for GET or POST, and recordingStorageUrlMethod for POST or PUT. Methods are upper case.
  why: An unknown method makes the platform skip the callback or fail the request, so the next step of the call flow never runs and its status events are lost.
  example: |
    <Response><Dial method="post" action="/after-dial"><Sip>sip:alice@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial method="POST" action="/after-dial"><Sip>sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial method=\"GET\"><Sip method=\"POST\" statusCallbackMethod=\"GET\">sip:alice@example.com</Sip></Dial></Response>"
    - dialect: signalwire
      xml: "<Response><Dial recordingStorageUrlMethod=\"PUT\"><Sip>sip:alice@example.com</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial method=\"↓post\"><Sip>sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip statusCallbackMethod=\"↓PUT\">sip:alice@example.com</Sip></Dial></Response>"
    - dialect: signalwire
      xml: "<Response><Dial recordingStorageUrlMethod=\"↓GET\"><Sip>sip:alice@example.com</Sip></Dial></Response>"

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
        ("Rules/sip-auth-pair.yml", #"""
id: sip-auth-pair
severity: warning
dialects: all
summary: username without password, or password without username
select: "//Sip | //Sip/Uri"
check: paired-attributes
pair: [username, password]
message: "{attribute} without {missing} on <{element}>: SIP authentication needs both"
docs:
  what: Reports a <Sip> (or a Twilio <Uri>) that has a username attribute and no password, or a password and no username.
  why: The platform answers the endpoint's authentication challenge only with both; with one of them the call fails with 401 or 407 once the far end asks for credentials.
  example: |
    <Response><Dial><Sip username="admin">sip:bob@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip username="admin" password="1234">sip:bob@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip username=\"admin\" password=\"1234\">sip:bob@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:bob@example.com</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip ↓username=\"admin\">sip:bob@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip><Uri ↓password=\"x\">sip:bob@example.com</Uri></Sip></Dial></Response>"

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
    - xml: "<Response><Dial><Sip codecs=\"↓\">sip:alice@example.com</Sip></Dial></Response>"

"""#),
        ("Rules/sip-duplicate-uri.yml", #"""
id: sip-duplicate-uri
severity: warning
dialects: all
summary: the same URI twice in one <Dial>
select: //Dial
check: unique-uri
message: "SIP URI \"{uri}\" is dialled twice in this <Dial>"
docs:
  what: Reports a SIP URI that a <Dial> already dials through an earlier <Sip>. Scheme and host compare without regard to case, the user part with it.
  why: The endpoint gets two INVITEs at once and rings twice, or the second leg fails and pollutes the call logs; a duplicate is usually a copy-paste mistake hiding the endpoint that was meant.
  example: |
    <Response><Dial>
      <Sip>sip:alice@example.com</Sip>
      <Sip>sip:alice@example.com</Sip>
    </Dial></Response>
  use-instead: |
    <Response><Dial>
      <Sip>sip:alice@example.com</Sip>
      <Sip>sip:bob@example.com</Sip>
    </Dial></Response>
examples:
  valid:
    - dialect: signalwire
      xml: "<Response><Dial><Sip>sip:alice@example.com</Sip><Sip>sip:Alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com</Sip></Dial><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>"
  invalid:
    - dialect: signalwire
      xml: "<Response><Dial><Sip>sip:alice@example.com</Sip>\n<Sip> ↓sip:alice@EXAMPLE.com </Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial><Sip>sip:alice@example.com</Sip><Sip>↓SIP:alice@example.com</Sip></Dial></Response>"
    - dialect: twilio
      options: {}
      xml: "<Response><Dial><Sip><Uri>sip:a@example.com</Uri><Uri>↓sip:a@example.com</Uri></Sip></Dial></Response>"

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
        ("Rules/sip-header-name.yml", #"""
id: sip-header-name
severity: error
dialects: [twilio]
summary: a custom SIP header name without the X- prefix
select: //Sip
check: header-name
prefix: "X-"
allowed: [User-to-User, Remote-Party-ID, P-Preferred-Identity, P-Called-Party-ID]
message: "header \"{header}\" is not sent: Twilio passes only custom headers named X-… (and User-to-User, Remote-Party-ID, P-Preferred-Identity, P-Called-Party-ID)"
docs:
  what: Checks the names of the custom headers of a Twilio <Sip> - in the URI's "?name=value" part and in <Headers><Header name="..."/> - for the "X-" prefix (in any case, "x-" too), except the standard headers Twilio lets through.
  why: Twilio drops other headers without a word, so the far end never sees the data the call flow relies on.
  example: |
    <Response><Dial><Sip>sip:alice@example.com?customheader=foo</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip>sip:alice@example.com?X-customheader=foo</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com?X-Ticket=1&amp;x-lower=2&amp;User-to-User=a1b2</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip><Uri>sip:alice@example.com</Uri><Headers><Header name=\"X-Id\" value=\"42\"/><Header name=\"Remote-Party-ID\" value=\"x\"/></Headers></Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com?↓customheader=foo&amp;X-Ok=1</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip><Uri>sip:alice@example.com</Uri><Headers><Header name=\"↓Account\" value=\"42\"/></Headers></Sip></Dial></Response>"

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
        ("Rules/sip-mixed-content.yml", #"""
id: sip-mixed-content
severity: error
dialects: [twilio]
summary: URI text and <Uri> children in the same <Sip>
select: //Sip
check: mixed-content
child: Uri
message: "URI text \"{text}\" beside <{child}> children: a <Sip> holds its URI as text or in <{child}> elements, not both"
docs:
  what: Reports a Twilio <Sip> that has both URI text and <Uri> children.
  why: Twilio takes the URI from one or the other; which one it ignores is not documented, so the call may go to the wrong endpoint.
  example: |
    <Response><Dial><Sip>sip:alice@example.com<Uri>sip:bob@example.com</Uri></Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip><Uri>sip:alice@example.com</Uri><Uri>sip:bob@example.com</Uri></Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip><Uri>sip:a@example.com</Uri></Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>\n  sip:a@example.com\n</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip>↓sip:a@example.com<Uri>sip:b@example.com</Uri></Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>\n  <Uri>sip:b@example.com</Uri>\n  ↓sip:a@example.com\n</Sip></Dial></Response>"

"""#),
        ("Rules/sip-outside-dial.yml", #"""
id: sip-outside-dial
severity: error
dialects: all
summary: a <Sip> whose parent is not <Dial> (nor <Refer> in SignalWire and Twilio)
select:
  signalwire: "//Sip[not(parent::Dial) and not(parent::Refer)]"
  twilio: "//Sip[not(parent::Dial) and not(parent::Refer)]"
  restcomm: "//Sip[not(parent::Dial)]"
check: report
message: "<Sip> inside <{parent}>: <Sip> is a noun of <Dial> and does nothing here"
docs:
  what: Reports a <Sip> that is not a child of <Dial> - at the top of <Response>, inside another verb, or nested in a noun. SignalWire and Twilio also accept <Sip> in <Refer>.
  why: Outside <Dial> the platform does not dial the URI; depending on the platform the document is rejected or the <Sip> is silently skipped, and the call never reaches the endpoint.
  example: |
    <Response>
      <Sip>sip:alice@example.com</Sip>
    </Response>
  use-instead: |
    <Response>
      <Dial><Sip>sip:alice@example.com</Sip></Dial>
    </Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Refer><Sip>sip:alice@example.com</Sip></Refer></Response>"
    - dialect: signalwire
      xml: "<Response><Refer><Sip>sip:alice@example.com</Sip></Refer></Response>"
  invalid:
    - xml: "<Response>\n  ↓<Sip>sip:alice@example.com</Sip>\n</Response>"
    - dialect: restcomm
      xml: "<Response><Refer>↓<Sip>sip:alice@example.com</Sip></Refer></Response>"
    - xml: "<Response><Dial><Number>↓<Sip>sip:alice@example.com</Sip></Number></Dial></Response>"

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
        ("Rules/sip-sips-udp.yml", #"""
id: sip-sips-udp
severity: error
dialects: all
summary: a sips URI with transport=udp
select: //Sip
check: sips-udp
message: "sips: with transport={transport}: a SIPS URI requires TLS (RFC 3261 section 26.2.2); use transport=tls or tcp, or sip:"
docs:
  what: "Reports a sips: URI whose ;transport= parameter is udp."
  why: >-
    RFC 3261 section 26.2.2 - a SIPS URI demands TLS on every hop, which cannot run over UDP. Proxies reject the request, or worse, fall back to an insecure path the sips: scheme promised not to use.
  example: |
    <Response><Dial><Sip>sips:alice@example.com;transport=udp</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip>sips:alice@example.com;transport=tcp</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip>sips:alice@example.com;transport=tcp</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com;transport=udp</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip>sips:alice@example.com;transport=↓udp</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>SIPS:alice@example.com:5061;transport=↓UDP?X-A=1</Sip></Dial></Response>"

"""#),
        ("Rules/sip-timeout.yml", #"""
id: sip-timeout
severity: error
dialects: [restcomm]
summary: timeout on <Sip> that is not a positive integer
select: //Sip
check: integer
attribute: timeout
min: 1
message:
  not-integer: "timeout \"{value}\" on <Sip> is not a whole number of seconds"
  range: "timeout \"{value}\" on <Sip> must be 1 or more seconds (the default is 60)"
docs:
  what: Checks that the timeout attribute of a Restcomm <Sip> - how long call screening waits for the called party - is a whole number of seconds, 1 or more.
  why: Restcomm rejects a zero, negative or non-numeric timeout, and the call screening never runs.
  example: |
    <Response><Dial><Sip url="/screen" timeout="0">sip:alice@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip url="/screen" timeout="30">sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip timeout=\"60\">sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial timeout=\"10\"><Sip>sip:alice@example.com</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip timeout=\"↓0\">sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip timeout=\"↓30s\">sip:alice@example.com</Sip></Dial></Response>"

"""#),
        ("Rules/sip-transport.yml", #"""
id: sip-transport
severity: error
dialects: all
summary: a transport the dialect does not support, or ?transport= written as a header
select: //Sip
check: sip-transport
allowed:
  signalwire: [tls, udp, tcp]
  restcomm: [udp, tcp]
  twilio: [udp, tcp, tls]
message:
  unsupported: "transport \"{transport}\" is not supported by {dialect}; use {allowed}"
  header: "{problem}"
docs:
  what: >-
    Checks the ";transport=" parameter of each SIP URI against the transports the dialect
    supports - SignalWire tls (default), udp, tcp; Restcomm udp (default), tcp; Twilio udp
    (default), tcp, tls - and reports "?transport=udp", which is a header, not a parameter.
  why: An unsupported transport makes the platform refuse the INVITE; a "?transport=" header is passed on as a SIP header and the call goes out over the default transport, which the endpoint may not accept.
  example: |
    <Response><Dial><Sip>sip:alice@example.com?transport=tcp</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip>sip:alice@example.com;transport=tcp</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com;transport=tcp</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com;transport=UDP?X-Id=1</Sip></Dial></Response>"
    - dialect: signalwire
      xml: "<Response><Dial><Sip>sip:alice@example.com;transport=tls</Sip></Dial></Response>"
  invalid:
    - dialect: restcomm
      xml: "<Response><Dial><Sip>sip:alice@example.com;transport=↓tls</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com;transport=↓sctp</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com↓?transport=udp</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip>sip:alice@example.com?X-A=1↓&amp;transport=tcp</Sip></Dial></Response>"

"""#),
        ("Rules/sip-uri-duplicate-param.yml", #"""
id: sip-uri-duplicate-param
severity: warning
dialects: all
summary: the same URI parameter twice
select: //Sip
check: uri-duplicate-param
message: "URI parameter \"{parameter}\" is given twice; the platform reads only one of them"
docs:
  what: Reports a URI parameter (";name=value") that appears a second time in the same SIP URI; names compare without regard to case.
  why: Which of the two values wins differs from one SIP stack to another, so the call may go out over a transport or to a user type you did not mean.
  example: |
    <Response><Dial><Sip>sip:alice@example.com;transport=tcp;transport=udp</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip>sip:alice@example.com;transport=tcp</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com;transport=tcp;lr</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com;lr?X-A=1&amp;X-A=2</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com;transport=tcp↓;transport=udp</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com;lr;user=phone↓;LR</Sip></Dial></Response>"

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
        ("Rules/sip-uri-missing.yml", #"""
id: sip-uri-missing
severity: error
dialects: all
summary: an empty <Sip> (no URI text, no <Uri>)
select: //Sip
check: sip-uri-missing
message: "empty <{element}>: it needs a SIP URI, such as sip:alice@example.com"
docs:
  what: Reports a <Sip> (or a Twilio <Uri>) with no URI in it - empty, white space only, or only comments.
  why: The platform has nothing to dial; the <Dial> fails at once and the call goes to the next verb or hangs up.
  example: |
    <Response><Dial><Sip username="alice" password="secret"/></Dial></Response>
  use-instead: |
    <Response><Dial><Sip username="alice" password="secret">sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip>\n  sip:alice@example.com\n</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip><Uri>sip:alice@example.com</Uri></Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial><Sip name=\"sip:alice@example.com\"><Video/></Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial>↓<Sip/></Dial></Response>"
    - xml: "<Response><Dial>↓<Sip>  <!-- to do -->  </Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip>↓<Uri>  </Uri></Sip></Dial></Response>"

"""#),
        ("Rules/sip-uri-password.yml", #"""
id: sip-uri-password
severity: warning
dialects: all
summary: a password inside the SIP URI
select: //Sip
check: uri-password
message: "password in the SIP URI of user \"{user}\": move it to the password attribute (and rotate it: it has been in plain text)"
docs:
  what: Reports a SIP URI that carries a password in its userinfo ("sip:bob:secret@..."). The message never repeats the password.
  why: A password in the URI is sent to every proxy and logged with every call record; the platforms take credentials from the username and password attributes, which stay out of the SIP messages.
  example: |
    <Response><Dial><Sip>sip:bob:secret@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip username="bob" password="secret">sip:bob@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip username=\"bob\" password=\"secret\">sip:bob@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:bob@example.com:5060</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip>sip:bob↓:secret@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip><Uri>sips:alice↓:p%40ss@example.com</Uri></Sip></Dial></Response>"

"""#),
        ("Rules/sip-uri-syntax.yml", #"""
id: sip-uri-syntax
severity: error
dialects: all
summary: the URI is not a SIP URI by RFC 3261
select: //Sip
check: sip-uri
message: "{problem}"
docs:
  what: >-
    Parses each URI a <Sip> dials by the grammar of RFC 3261 section 25 - scheme, user and
    password, host (name, IPv4 or bracketed IPv6), port, ";name=value" parameters,
    "?name=value&..." headers, "%HH" escapes - and reports the first problem at its exact
    character: a missing or wrong scheme (only sip: and sips:), an empty user before "@", a
    bad host or a port outside 1-65535, white space, a bad escape, a parameter written after
    "?", parameters joined with "&", or an "&amp;" escaped twice.
  why: A URI the platform cannot parse is not dialled; the call fails after it has been answered, which is the worst moment to find a typo.
  example: |
    <Response><Dial><Sip>alice@example.com:5060</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip>sip:alice@example.com:5060</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip>sip:alice@example.com</Sip><Sip>sips:bob:s3cret@[2001:db8::1]:5061;maddr=10.0.0.1?X-Id=42&amp;Subject=hi%20there</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:+15551234567;user=phone@192.0.2.10;lr</Sip><Sip>SIP:gateway.example.com.</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip><Uri>sip:alice@example.com;transport=tls</Uri></Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip>↓alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>↓tel:+15551234567</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:↓@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com:↓70000</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com:↓0</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@exa↓ mple.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:al↓%zzice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com?X-A=1↓;lr</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com;lr↓&amp;maddr=10.0.0.1</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com?X-A=1↓&amp;amp;X-B=2</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@↓-bad-.example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip><Uri>sip:alice@example.com:↓50a</Uri></Sip></Dial></Response>"

"""#),
        ("Rules/status-callback-event-unused.yml", #"""
id: status-callback-event-unused
severity: warning
dialects: all
summary: statusCallbackEvent without statusCallback
select: //Sip
check: requires-attribute
if: statusCallbackEvent
requires: statusCallback
message: "statusCallbackEvent without statusCallback: the events are sent nowhere"
docs:
  what: Reports a <Sip> that subscribes to status events with statusCallbackEvent but gives no statusCallback URL to send them to.
  why: Without a URL the platform sends no event; whoever wrote statusCallbackEvent expected monitoring that does not happen.
  example: |
    <Response><Dial><Sip statusCallbackEvent="answered completed">sip:alice@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip statusCallbackEvent="answered completed" statusCallback="https://example.com/events">sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip statusCallback=\"/events\" statusCallbackEvent=\"completed\">sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip statusCallback=\"/events\">sip:a@example.com</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip ↓statusCallbackEvent=\"completed\">sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial>\n  <Sip url=\"/screen\"\n       ↓statusCallbackEvent=\"completed\">sip:a@example.com</Sip></Dial></Response>"

"""#),
        ("Rules/status-callback-event.yml", #"""
id: status-callback-event
severity: error
dialects: all
summary: an unknown status callback event, or the other dialect's separator
select: //Sip
check: list
attribute: statusCallbackEvent
allowed: [initiated, ringing, answered, completed]
separator: {signalwire: space, twilio: space, restcomm: ","}
message:
  unknown: "unknown event \"{item}\" in statusCallbackEvent; events are {allowed}"
  case: "event \"{item}\" must be written in lower case: {suggestion}"
  empty: "empty event in statusCallbackEvent \"{value}\": remove the extra comma"
  duplicate: "event \"{item}\" is listed twice in statusCallbackEvent"
  separator: "statusCallbackEvent uses {wrong}; {dialect} separates events with {separator}"
docs:
  what: >-
    Checks the statusCallbackEvent attribute of <Sip>: each event is one of initiated, ringing,
    answered, completed, and the events are separated the dialect's way - spaces for
    SignalWire and Twilio, commas for Restcomm.
  why: With the other platform's separator the whole value is read as one unknown event, and no status callback is ever sent; the call works, but monitoring and billing hooks go silent.
  example: |
    <Response><Dial><Sip statusCallback="/events" statusCallbackEvent="initiated,answered">sip:alice@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip statusCallback="/events" statusCallbackEvent="initiated answered">sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - dialect: signalwire
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"ringing answered\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"initiated  ringing answered completed\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"initiated,ringing,answered,completed\">sip:a@example.com</Sip></Dial></Response>"
  invalid:
    - dialect: signalwire
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"initiated↓,answered\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"ringing ↓busy\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"initiated↓ ringing\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"↓Answered,completed\">sip:a@example.com</Sip></Dial></Response>"

"""#),
        ("Rules/unknown-attribute.yml", #"""
id: unknown-attribute
severity: warning
dialects: all
summary: an attribute the dialect does not define for that element
select: "//Dial | //Sip | //Sip//*"
check: known-attributes
message: "unknown attribute \"{attribute}\" on <{element}>{hint}"
docs:
  what: Reports an attribute of <Dial>, <Sip> or what <Sip> holds that the dialect does not define, and suggests the nearest defined name (a different case first, then a near spelling). Other verbs and nouns are not checked.
  why: Attribute names are case-sensitive and platforms ignore what they do not know; a misspelt statuscallback or a SignalWire-only codecs on Twilio silently does nothing.
  example: |
    <Response><Dial><Sip statuscallback="/events">sip:alice@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip statusCallback="/events">sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial action=\"/next\" xmlns:x=\"urn:x\" x:note=\"kept\"><Sip username=\"a\" password=\"b\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: signalwire
      xml: "<Response><Dial><Sip codecs=\"PCMU\">sip:a@example.com</Sip></Dial><Say voice=\"alice\" anything=\"goes\">hi</Say></Response>"
  invalid:
    - xml: "<Response><Dial><Sip ↓statuscallback=\"/events\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip ↓codecs=\"PCMU\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial ↓answerOnBridge=\"true\" ↓timeot=\"5\"><Sip>sip:a@example.com</Sip></Dial></Response>"

"""#),
        ("Rules/unknown-element.yml", #"""
id: unknown-element
severity: error
dialects: all
summary: an element the dialect does not allow inside <Dial> or <Sip>
select: "//Dial | //Sip | //Sip//*"
check: allowed-children
message: "<{child}> is not allowed inside <{element}> in {dialect}{hint}"
docs:
  what: Reports a child element of <Dial>, of <Sip>, or of what <Sip> holds that the dialect does not allow there - a misspelt noun, a <SipHeader>, a <Header> outside <Headers> - and names where it belongs or the nearest allowed name.
  why: Platforms reject a <Dial> with an element they do not know, or skip it silently; either way the endpoint it was meant to reach is not dialled.
  example: |
    <Response><Dial><Sip><Uri>sip:alice@example.com</Uri><Header name="X-Id" value="1"/></Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip><Uri>sip:alice@example.com</Uri><Headers><Header name="X-Id" value="1"/></Headers></Sip></Dial></Response>
examples:
  valid:
    - dialect: twilio
      xml: "<Response><Dial><Sip><Uri>sip:a@example.com</Uri><Headers><Header name=\"X-Id\" value=\"1\"/></Headers></Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial><Sip name=\"sip:a@example.com\"><Video/></Sip></Dial></Response>"
    - dialect: signalwire
      xml: "<Response><Dial><Number>+15551234567</Number><Conference>room</Conference></Dial></Response>"
  invalid:
    - dialect: twilio
      xml: "<Response><Dial><Sip><Uri>sip:a@example.com</Uri>↓<Header name=\"X-Id\" value=\"1\"/></Sip></Dial></Response>"
    - dialect: signalwire
      xml: "<Response><Dial><Sip>sip:a@example.com↓<SipHeader>X-Id: 1</SipHeader></Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial>↓<Queue>support</Queue>↓<sip>sip:a@example.com</sip></Dial></Response>"

"""#),
        ("Rules/unused-suppression.yml", #"""
id: unused-suppression
severity: warning
dialects: all
summary: a suppression comment that suppresses nothing, or names an unknown rule
check: suppression
message:
  unused: "suppression of {rule} suppresses nothing: remove it"
  all: "suppression of every rule suppresses nothing: remove it"
  unknown: "suppression names unknown rule \"{rule}\"{hint}"
docs:
  what: >-
    Reports a sipdial-lint-disable-next-line or sipdial-lint-disable comment that
    suppresses no diagnostic, or that names a rule sipdial-lint does not have. A rule that
    is turned off in this run does not count as unused. The reason for a suppression follows
    a lone "-" ("-- reason" is not allowed: XML forbids "--" inside a comment).
  why: A stale suppression hides the next real mistake on that line, and a misspelt rule id suppresses nothing at all while looking as if it did.
  example: |
    <Response>
      <Dial>
        <!-- sipdial-lint-disable-next-line sip-codec -->
        <Sip codecs="G711">sip:alice@example.com</Sip>
      </Dial>
    </Response>
  use-instead: |
    <Response>
      <Dial>
        <!-- sipdial-lint-disable-next-line sip-codecs - the gateway transcodes G711 -->
        <Sip codecs="G711">sip:alice@example.com</Sip>
      </Dial>
    </Response>
examples:
  valid:
    - dialect: signalwire
      xml: "<Response><Dial>\n<!-- sipdial-lint-disable-next-line sip-codecs - the gateway transcodes -->\n<Sip codecs=\"G711\">sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response>\n<!-- sipdial-lint-disable sip-uri-syntax -->\n<Dial><Sip>alice@example.com</Sip></Dial>\n<!-- sipdial-lint-enable sip-uri-syntax -->\n</Response>"
  invalid:
    - xml: "<Response><Dial>\n↓<!-- sipdial-lint-disable-next-line sip-uri-syntax -->\n<Sip>sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response>↓<!-- sipdial-lint-disable-next-line sip-codec --><Dial><Sip>sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response>\n↓<!-- sipdial-lint-disable -->\n<Dial><Sip>sip:a@example.com</Sip></Dial></Response>"

"""#),
        ("Rules/url-attribute.yml", #"""
id: url-attribute
severity: error
dialects: all
summary: a URL attribute that is not an http(s) URL or a relative path
select: "//Dial | //Sip"
check: url
message: "{attribute} \"{value}\" is not an http(s) URL or a relative path: {problem}"
docs:
  what: Checks the URL attributes of <Dial> and <Sip> (action, url, statusCallback, recordingStatusCallback, recordingStorageUrl, referUrl, amdStatusCallback) for an absolute http or https URL, or a path relative to the document's own URL.
  why: >-
    The platform fetches these URLs during the call; a mailto:, ftp: or malformed URL, or one with a space, is never fetched, and the call flow stops or drops its callbacks.
  example: |
    <Response><Dial action="www.example.com/after_dial"><Sip>sip:alice@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial action="https://www.example.com/after_dial"><Sip>sip:alice@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial action=\"https://www.example.com/after_dial?x=1&amp;y=2\"><Sip url=\"/whisper\" statusCallback=\"http://example.com:8080/events\">sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial action=\"next-step.xml\"><Sip url=\"../screen\">sip:a@example.com</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial action=\"↓ftp://example.com/x\"><Sip>sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip url=\"https://example.com/my↓ screen\">sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial action=\"↓www.example.com/after\"><Sip>sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip statusCallback=\"↓\">sip:a@example.com</Sip></Dial></Response>"

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
        ("Rules/xml-encoding.yml", #"""
id: xml-encoding
severity: error
dialects: all
summary: a document that is not UTF-8
check: parser
message: "the reason the document is not UTF-8"
docs:
  what: Reports a document that is not UTF-8 - a byte that breaks UTF-8, a UTF-16 or UTF-32 byte-order mark, or an XML declaration that names another encoding - at the first offending byte. A UTF-8 byte-order mark is fine.
  why: The platforms read voice-call XML as UTF-8. A document saved as UTF-16 or Latin-1 by an editor turns names, caller ids and URIs into garbage, or is refused, and the call fails.
  example: |
    <?xml version="1.0" encoding="ISO-8859-1"?>
    <Response><Dial><Sip>sip:josé@example.com</Sip></Dial></Response>
  use-instead: |
    <?xml version="1.0" encoding="UTF-8"?>
    <Response><Dial><Sip>sip:jos%C3%A9@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<?xml version=\"1.0\" encoding=\"utf-8\"?><Response><Say>café</Say></Response>"
    - hex: "EF BB BF 3C 52 65 73 70 6F 6E 73 65 2F 3E"
  invalid:
    - xml: "<?xml version=\"1.0\" encoding=\"↓ISO-8859-1\"?><Response/>"
    - hex: "FF FE 3C 00 52 00 2F 00 3E 00"
      at: "1:1"
    - hex: "3C 52 65 73 70 6F 6E 73 65 3E 3C 53 61 79 3E 63 61 66 E9 3C 2F 53 61 79 3E 3C 2F 52 65 73 70 6F 6E 73 65 3E"
      at: "1:19"

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
    - xml: "<Response>\n<!-- sipdial-lint-disable-next-line sip-codecs ↓-- reason -->\n<Dial><Sip codecs=\"G711\">sip:a@example.com</Sip></Dial></Response>"

"""#),
    ]
}
