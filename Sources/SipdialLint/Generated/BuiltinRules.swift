// swift-format-ignore-file
// Generated from Rules/ by `make generate`; do not edit by hand.
// The rule and dialect files, built into the binary so that a copied binary works alone:
// each file's core parsed at build time (CompactYAML), a rule's docs and examples as YAML.
enum BuiltinRules {
    static let files: [(name: String, core: String, extras: String?)] = [
        ("Rules/attribute-value.yml",
#"""
{1,1,8:
1,1,2:idp1,5,15:attribute-value
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,56:an attribute whose value does not fit the dialect's type
5,1,6:selectp5,9,3://*
6,1,5:checkp6,8,15:attribute-value
7,1,4:skip[7,7,2:q7,8,18:Sip@sessionTimeoutq7,30,11:Sip@timeout
8,1,7:message{9,3,6:
9,3,7:booleanq9,12,49:{attribute} "{value}" must be true or false{hint}
10,3,7:integerq10,12,53:{attribute} "{value}" must be a whole number, {range}
11,3,4:enumq11,9,51:{attribute} "{value}" is not one of {allowed}{hint}
12,3,7:charsetq12,12,65:{attribute} "{value}" has {character}; it may hold only {allowed}
13,3,4:wordq13,9,53:"{item}" in {attribute} is not one of {allowed}{hint}
14,3,13:repeated-wordq14,18,39:"{item}" is listed twice in {attribute}
"""#,
#"""














docs:
  what: Checks every attribute against the type the dialect declares for it - booleans (hangupOnStar, answerOnBridge, sequential), integers with their ranges (timeout, timeLimit, numDigits, loop), enumerations (record, trim, recordingTrack, machineDetection), character sets (finishOnKey, sendDigits, digits) and space-separated word lists (input on <Gather>).
  why: A value outside the type is ignored or refused by the platform - a timeout of "30s" falls back to the default, record="yes" records nothing - and the difference shows only on a live call.
  example: |
    <Response><Dial hangupOnStar="yes" timeout="soon"><Sip>sip:alice@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial hangupOnStar="true" timeout="30"><Sip>sip:alice@example.com</Sip></Dial></Response>
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
        ("Rules/dial-caller-id.yml",
#"""
{1,1,10:
1,1,2:idp1,5,14:dial-caller-id
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,78:a callerId that does not fit what the <Dial> dials (<Sip>, <Number>, <Client>)
5,1,6:selectp5,9,6://Dial
6,1,5:checkp6,8,14:dial-caller-id
10,1,9:sip-extraq10,12,4:+-_.
11,1,12:number-extraq11,15,6:+-(). 
12,1,13:client-prefixq12,16,7:client:
13,1,7:message{14,3,3:
14,3,3:sipq14,8,109:callerId "{value}" has {character}; with <Sip>, callerId may hold only letters, digits, "+", "-", "_" and "."
15,3,6:numberq15,11,150:callerId "{value}" is not a phone number ({character} is not part of one); with <Number>, callerId is the number the callee sees, such as +15551234567
16,3,6:clientq16,11,94:callerId "{value}" is neither a phone number nor client:NAME, which a <Dial> of <Client> needs
"""#,
#"""
















docs:
  what: >-
    Checks the callerId of a <Dial> against what it dials. With <Sip>, callerId need not be a
    phone number, but may hold only letters, digits and the characters + - _ . (no spaces).
    With <Number> (or a number written as the <Dial>'s text), it must be a phone number:
    client:alice or a name there is Twilio error 13214. With <Client> alone, it is a phone
    number or client:NAME.
  why: The platform puts callerId in the From of the call it places; a value that does not fit is refused (Twilio error 13214, Dial invalid callerId), and the call is not placed.
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
        ("Rules/dialects/restcomm.yml",
#"""
{6,1,3:
6,1,7:dialectp6,10,8:restcomm
7,1,5:titlep7,8,13:Restcomm RCML
8,1,8:elements{9,3,19:
9,3,8:Responsep9,12,0:
11,3,4:Dial{12,5,2:
12,5,10:attributes{13,7,7:
13,7,6:actionp13,15,3:url
14,7,6:methodp14,15,11:http-method
15,7,7:timeoutp15,16,16:positive-integer
16,7,9:timeLimitp16,18,16:positive-integer
17,7,8:callerIdp17,17,9:caller-id
18,7,6:record{18,15,1:
18,16,4:enum[18,22,2:q18,23,4:trueq18,31,5:false
19,7,12:hangupOnStarp19,21,7:boolean
20,5,8:children[20,15,4:p20,16,3:Sipp20,21,6:Numberp20,29,6:Clientp20,37,10:Conference
22,3,3:Sip{23,5,2:
23,5,10:attributes{24,7,9:
24,7,3:urlp24,12,3:url
25,7,7:timeoutp25,16,16:positive-integer
26,7,6:methodp26,15,11:http-method
27,7,19:statusCallbackEventp27,28,6:events
28,7,14:statusCallbackp28,23,3:url
29,7,20:statusCallbackMethodp29,29,11:http-method
30,7,8:usernamep30,17,6:string
31,7,8:passwordp31,17,6:string
32,7,4:namep32,13,6:string
33,5,8:children[33,15,1:p33,16,5:Video
34,3,5:Videop34,9,0:
35,3,6:Numberp35,10,0:
36,3,6:Clientp36,10,0:
37,3,10:Conferencep37,14,0:
38,3,3:Sayp38,7,0:
39,3,4:Playp39,8,0:
40,3,5:Pausep40,9,0:
41,3,6:Gatherp41,10,0:
42,3,6:Recordp42,10,0:
43,3,8:Redirectp43,12,0:
44,3,6:Rejectp44,10,0:
45,3,6:Hangupp45,10,0:
46,3,3:Smsp46,7,0:
47,3,5:Emailp47,9,0:
48,3,3:Faxp48,7,0:
49,3,4:Ussdp49,8,0:
"""#,
nil),
        ("Rules/dialects/signalwire.yml",
#"""
{8,1,4:
8,1,7:dialectp8,10,10:signalwire
9,1,5:titlep9,8,22:SignalWire LaML / cXML
11,1,7:defaultp11,10,4:true
12,1,8:elements{13,3,24:
13,3,8:Responsep13,12,0:
15,3,4:Dial{16,5,2:
16,5,10:attributes{17,7,17:
17,7,6:actionp17,15,3:url
18,7,14:answerOnBridgep18,23,7:boolean
19,7,8:callerIdp19,17,9:caller-id
20,7,10:callerNamep20,19,6:string
21,7,12:hangupOnStarp21,21,7:boolean
22,7,6:methodp22,15,11:http-method
23,7,6:record{23,15,1:
23,16,4:enum[23,22,7:p23,23,13:do-not-recordp23,38,18:record-from-answerp23,58,19:record-from-ringingp23,79,23:record-from-answer-dualp23,104,24:record-from-ringing-dualq23,130,4:trueq23,138,5:false
24,7,23:recordingStatusCallbackp24,32,3:url
25,7,28:recordingStatusCallbackEventp25,37,6:string
26,7,29:recordingStatusCallbackMethodp26,38,11:http-method
27,7,19:recordingStorageUrlp27,28,3:url
28,7,25:recordingStorageUrlMethodp28,34,11:http-method
29,7,14:recordingTrack{29,23,1:
29,24,4:enum[29,30,3:p29,31,4:bothp29,37,7:inboundp29,46,8:outbound
30,7,8:ringTonep30,17,6:string
31,7,9:timeLimitp31,18,16:positive-integer
32,7,7:timeout{32,16,1:
32,17,7:integer[32,26,2:p32,27,1:5p32,30,3:600
33,7,4:trim{33,13,1:
33,14,4:enum[33,20,2:p33,21,12:trim-silencep33,35,11:do-not-trim
34,5,8:children[34,15,7:p34,16,3:Sipp34,21,6:Numberp34,29,6:Clientp34,37,10:Conferencep34,49,5:Queuep34,56,5:Vertop34,63,6:Stream
36,3,3:Sip{37,5,2:
37,5,10:attributes{38,7,9:
38,7,6:codecsp38,15,6:codecs
39,7,6:methodp39,15,11:http-method
40,7,8:passwordp40,17,6:string
41,7,14:sessionTimeoutp41,23,20:non-negative-integer
42,7,14:statusCallbackp42,23,3:url
43,7,19:statusCallbackEventp43,28,6:events
44,7,20:statusCallbackMethodp44,29,11:http-method
45,7,3:urlp45,12,3:url
46,7,8:usernamep46,17,6:string
47,5,8:children[47,15,0:
48,3,5:Referp48,9,0:
49,3,6:Numberp49,10,0:
50,3,6:Clientp50,10,0:
51,3,10:Conferencep51,14,0:
52,3,5:Queuep52,9,0:
53,3,5:Vertop53,9,0:
54,3,6:Streamp54,10,0:
55,3,3:Sayp55,7,0:
56,3,4:Playp56,8,0:
57,3,5:Pausep57,9,0:
58,3,6:Gatherp58,10,0:
59,3,6:Recordp59,10,0:
60,3,8:Redirectp60,12,0:
61,3,6:Rejectp61,10,0:
62,3,6:Hangupp62,10,0:
63,3,7:Enqueuep63,11,0:
64,3,5:Leavep64,9,0:
65,3,7:Connectp65,11,0:
66,3,4:Echop66,8,0:
67,3,3:Smsp67,7,0:
68,3,7:Messagep68,11,0:
"""#,
nil),
        ("Rules/dialects/twilio.yml",
#"""
{7,1,3:
7,1,7:dialectp7,10,6:twilio
8,1,5:titlep8,8,12:Twilio TwiML
9,1,8:elements{10,3,31:
10,3,8:Responsep10,12,0:
12,3,4:Dial{13,5,2:
13,5,10:attributes{14,7,21:
14,7,6:actionp14,15,3:url
15,7,14:answerOnBridgep15,23,7:boolean
16,7,8:callerIdp16,17,9:caller-id
17,7,10:callReasonp17,19,6:string
18,7,6:eventsp18,15,6:string
19,7,12:hangupOnStarp19,21,7:boolean
20,7,6:methodp20,15,11:http-method
21,7,6:record{21,15,1:
21,16,4:enum[21,22,7:p21,23,13:do-not-recordp21,38,18:record-from-answerp21,58,19:record-from-ringingp21,79,23:record-from-answer-dualp21,104,24:record-from-ringing-dualq21,130,4:trueq21,138,5:false
22,7,24:recordingConfigurationIdp22,33,6:string
23,7,23:recordingStatusCallbackp23,32,3:url
24,7,28:recordingStatusCallbackEventp24,37,6:string
25,7,29:recordingStatusCallbackMethodp25,38,11:http-method
26,7,14:recordingTrack{26,23,1:
26,24,4:enum[26,30,3:p26,31,4:bothp26,37,7:inboundp26,46,8:outbound
27,7,8:referUrlp27,17,3:url
28,7,11:referMethodp28,20,11:http-method
29,7,8:ringTonep29,17,6:string
30,7,10:sequentialp30,19,7:boolean
31,7,9:timeLimitp31,18,16:positive-integer
32,7,7:timeoutp32,16,16:positive-integer
33,7,4:trim{33,13,1:
33,14,4:enum[33,20,2:p33,21,12:trim-silencep33,35,11:do-not-trim
34,7,9:passportsp34,18,6:string
35,5,8:children[35,15,8:p35,16,3:Sipp35,21,6:Numberp35,29,6:Clientp35,37,10:Conferencep35,49,5:Queuep35,56,3:Simp35,61,11:Applicationp35,74,8:WhatsApp
37,3,3:Sip{38,5,2:
38,5,10:attributes{39,7,14:
39,7,8:usernamep39,17,6:string
40,7,8:passwordp40,17,6:string
41,7,3:urlp41,12,3:url
42,7,6:methodp42,15,11:http-method
43,7,19:statusCallbackEventp43,28,6:events
44,7,14:statusCallbackp44,23,3:url
45,7,20:statusCallbackMethodp45,29,11:http-method
46,7,16:machineDetection{46,25,1:
46,26,4:enum[46,32,2:p46,33,6:Enablep46,41,16:DetectMessageEnd
47,7,23:machineDetectionTimeoutp47,32,16:positive-integer
48,7,31:machineDetectionSpeechThresholdp48,40,16:positive-integer
49,7,34:machineDetectionSpeechEndThresholdp49,43,16:positive-integer
50,7,30:machineDetectionSilenceTimeoutp50,39,16:positive-integer
51,7,17:amdStatusCallbackp51,26,3:url
52,7,23:amdStatusCallbackMethodp52,32,11:http-method
53,5,8:children[53,15,2:p53,16,3:Urip53,21,7:Headers
54,3,3:Uri{55,5,2:
55,5,10:attributes{56,7,4:
56,7,8:priorityp56,17,20:non-negative-integer
57,7,6:weightp57,15,16:positive-integer
58,7,8:usernamep58,17,6:string
59,7,8:passwordp59,17,6:string
60,5,8:children[60,15,0:
61,3,7:Headers{62,5,2:
62,5,10:attributes{62,17,0:
63,5,8:children[63,15,1:p63,16,6:Header
64,3,6:Header{65,5,2:
65,5,10:attributes{66,7,2:
66,7,4:namep66,13,6:string
67,7,5:valuep67,14,6:string
68,5,8:children[68,15,0:
69,3,5:Referp69,9,0:
70,3,6:Numberp70,10,0:
71,3,6:Clientp71,10,0:
72,3,10:Conferencep72,14,0:
73,3,5:Queuep73,9,0:
74,3,3:Simp74,7,0:
75,3,11:Applicationp75,15,0:
76,3,8:WhatsAppp76,12,0:
77,3,3:Sayp77,7,0:
78,3,4:Playp78,8,0:
79,3,5:Pausep79,9,0:
80,3,6:Gatherp80,10,0:
81,3,6:Recordp81,10,0:
82,3,8:Redirectp82,12,0:
83,3,6:Rejectp83,10,0:
84,3,6:Hangupp84,10,0:
85,3,7:Enqueuep85,11,0:
86,3,5:Leavep86,9,0:
87,3,7:Connectp87,11,0:
88,3,5:Startp88,9,0:
89,3,4:Stopp89,8,0:
90,3,3:Payp90,7,0:
91,3,6:Promptp91,10,0:
92,3,3:Smsp92,7,0:
93,3,7:Messagep93,11,0:
"""#,
nil),
        ("Rules/empty-verb.yml",
#"""
{1,1,7:
1,1,2:idp1,5,10:empty-verb
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,72:a verb or noun without the text it needs, such as a <Play> without a URL
5,1,6:selectp5,9,3://*
6,1,5:checkp6,8,10:empty-verb
7,1,7:messageq7,10,44:<{element}> is empty; it needs {needs}{hint}
"""#,
#"""







docs:
  what: Reports an element that the dialect says needs text, holding none - a <Play> or <Redirect> without its URL, a <Number> without a number, a <Conference> without a room name - unless an attribute stands in for the text (<Play digits="w1"/>).
  why: >-
    The platform has nothing to play, fetch or dial: Twilio answers an empty
    <Number sendDigits="w"></Number> with error 12200 (schema validation warning) and a <Play>
    or <Redirect> without a URL with error 11100 (invalid URL format,
    https://www.twilio.com/docs/api/errors/11100), and the call flow stops or skips the step.
  example: |
    <Response><Dial><Number sendDigits="wwww1928"></Number></Dial></Response>
  use-instead: |
    <Response><Dial><Number sendDigits="wwww1928">+15551234567</Number></Dial></Response>
examples:
  valid:
    - xml: "<Response><Play>https://example.com/hello.mp3</Play><Redirect>/next</Redirect></Response>"
  invalid:
    - xml: "<Response>↓<Play></Play>↓<Redirect/></Response>"
    - xml: "<Response><Dial>↓<Number sendDigits=\"w\"> </Number></Dial></Response>"

"""#),
        ("Rules/http-method.yml",
#"""
{1,1,9:
1,1,2:idp1,5,11:http-method
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,86:a method attribute that is not GET or POST (POST or PUT for recordingStorageUrlMethod)
5,1,6:selectp5,9,3://*
6,1,5:checkp6,8,11:http-method
7,1,6:values[7,9,2:p7,10,3:GETp7,15,4:POST
8,1,10:exceptions{9,3,1:
9,3,25:recordingStorageUrlMethod[9,30,2:p9,31,4:POSTp9,37,3:PUT
10,1,7:message{11,3,2:
11,3,4:caseq11,9,54:{attribute} "{value}" must be upper case: {suggestion}
12,3,7:unknownq12,12,75:{attribute} "{value}" is not a method the platform uses here; use {allowed}
"""#,
#"""












docs:
  what: Checks every attribute the dialect types as an HTTP method (method, statusCallbackMethod, recordingStatusCallbackMethod, waitMethod, …, on every verb and noun) for GET or POST, and recordingStorageUrlMethod for POST or PUT. Methods are upper case.
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
        ("Rules/io-error.yml",
#"""
{1,1,7:
1,1,2:idp1,5,8:io-error
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,82:a path that cannot be read (missing, no permission, not a regular file, too large)
5,1,5:checkp5,8,5:input
6,1,9:always-onp6,12,4:true
7,1,7:messageq7,10,30:cannot read "PATH": the reason
"""#,
#"""







docs:
  what: Reports a path named on the command line, or a *.xml entry found in a directory, that cannot be read - it does not exist, permission is denied, it is not a regular file (a FIFO, a socket, a device, a symbolic link to a missing file), or it is larger than 2 GiB (2048 MB), the limit for documents - at line 1, column 1. A FIFO or a device is never opened for reading, so nothing waits on it. The other files are still linted, and the exit status is 2.
  why: A file that was meant to be checked and was not is a failure of the check, not a pass; CI must not go green because a path was mistyped.

"""#),
        ("Rules/root-response.yml",
#"""
{1,1,7:
1,1,2:idp1,5,13:root-response
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,34:the root element is not <Response>
5,1,6:selectq5,9,30:/*[local-name() != 'Response']
6,1,5:checkp6,8,6:report
7,1,7:messageq7,10,79:root element is <{element}>; a voice-call document's root element is <Response>
"""#,
#"""







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
        ("Rules/sip-auth-pair.yml",
#"""
{1,1,8:
1,1,2:idp1,5,13:sip-auth-pair
2,1,8:severityp2,11,7:warning
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,55:username without password, or password without username
5,1,6:selectq5,9,17://Sip | //Sip/Uri
6,1,5:checkp6,8,17:paired-attributes
7,1,4:pair[7,7,2:p7,8,8:usernamep7,18,8:password
8,1,7:messageq8,10,75:{attribute} without {missing} on <{element}>: SIP authentication needs both
"""#,
#"""








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
        ("Rules/sip-codecs.yml",
#"""
{1,1,10:
1,1,2:idp1,5,10:sip-codecs
2,1,8:severityp2,11,5:error
3,1,8:dialects[3,11,1:p3,12,10:signalwire
4,1,7:summaryp4,10,77:a codec outside the allowed list, an empty item or a repeated codec in codecs
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,4:list
7,1,9:attributep7,12,6:codecs
8,1,7:allowed[8,10,5:p8,11,4:PCMUp8,17,4:PCMAp8,23,4:G722p8,29,4:G729p8,35,4:OPUS
9,1,9:separatorq9,12,1:,
10,1,7:message{11,3,5:
11,3,7:unknownq11,12,42:unknown codec "{item}"; allowed: {allowed}
12,3,4:caseq12,9,58:codec "{item}" must be written in upper case: {suggestion}
13,3,5:emptyq13,10,54:empty item in codecs "{value}": remove the extra comma
14,3,9:duplicateq14,14,50:codec "{item}" is listed twice in codecs "{value}"
15,3,9:separatorq15,14,53:codecs are separated by commas, not spaces: "{value}"
"""#,
#"""















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
        ("Rules/sip-duplicate-uri.yml",
#"""
{1,1,7:
1,1,2:idp1,5,17:sip-duplicate-uri
2,1,8:severityp2,11,7:warning
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,32:the same URI twice in one <Dial>
5,1,6:selectp5,9,6://Dial
6,1,5:checkp6,8,17:sip-duplicate-uri
7,1,7:messageq7,10,47:SIP URI "{uri}" is dialled twice in this <Dial>
"""#,
#"""







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
        ("Rules/sip-exclusive-nouns.yml",
#"""
{1,1,8:
1,1,2:idp1,5,19:sip-exclusive-nouns
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,66:a <Dial> that holds <Sip> also holds another noun or a bare number
5,1,6:selectp5,9,6://Dial
6,1,5:checkp6,8,18:exclusive-children
7,1,2:ofp7,5,3:Sip
8,1,7:message{9,3,2:
9,3,7:elementq9,12,83:<{child}> beside <Sip> in one <Dial>: a <Dial> that holds <Sip> holds no other noun
10,3,4:textq10,9,92:bare text "{text}" beside <Sip> in one <Dial>: a <Dial> that holds <Sip> holds no other noun
"""#,
#"""










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
        ("Rules/sip-header-name.yml",
#"""
{1,1,9:
1,1,2:idp1,5,15:sip-header-name
2,1,8:severityp2,11,5:error
3,1,8:dialects[3,11,1:p3,12,6:twilio
4,1,7:summaryp4,10,46:a custom SIP header name without the X- prefix
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,15:sip-header-name
7,1,6:prefixq7,9,2:X-
8,1,7:allowed[8,10,4:p8,11,12:User-to-Userp8,25,15:Remote-Party-IDp8,42,20:P-Preferred-Identityp8,64,17:P-Called-Party-ID
9,1,7:messageq9,10,153:header "{header}" is not sent: Twilio passes only custom headers named X-… (and User-to-User, Remote-Party-ID, P-Preferred-Identity, P-Called-Party-ID)
"""#,
#"""









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
        ("Rules/sip-headers-length.yml",
#"""
{1,1,9:
1,1,2:idp1,5,18:sip-headers-length
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,80:the headers part of a SIP URI (after the first "?") is 1024 characters or longer
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,10:uri-length
7,1,4:partp7,7,7:headers
8,1,5:limitp8,8,4:1024
9,1,7:messageq9,10,103:SIP URI headers are {length} characters long; they must be under {limit} (the part after the first "?")
"""#,
#"""









docs:
  what: Measures the headers part of each URI a <Sip> dials - everything after the first "?", after XML decoding - and reports it when it is 1024 characters or longer.
  why: The platforms limit custom SIP headers to under 1024 characters; a longer set makes the INVITE fail when the call is placed.
  example: |
    <Response><Dial><Sip>sip:alice@example.com?X-Data=0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789</Sip></Dial></Response>
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
        ("Rules/sip-max-count.yml",
#"""
{1,1,9:
1,1,2:idp1,5,13:sip-max-count
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,54:more <Sip> nouns in one <Dial> than the dialect allows
5,1,6:selectp5,9,6://Dial
6,1,5:checkp6,8,5:count
7,1,2:ofp7,5,3:Sip
8,1,3:max{8,6,2:
8,7,7:defaultp8,16,1:1
8,19,10:signalwirep8,31,2:10
9,1,7:messageq9,10,64:<Dial> holds {count} <Sip> nouns; {dialect} allows at most {max}
"""#,
#"""









docs:
  what: Counts the <Sip> nouns of each <Dial> and reports the first one over the dialect's limit - 10 for SignalWire, 1 for Restcomm and Twilio.
  why: >-
    The platform rejects the whole <Dial>, and the call fails when it reaches it. Twilio's Enhanced
    Programmable SIP allows 10; set "sip-max-count: {max: 10}" in the config if your account has it.
  example: |
    <Response>
      <Dial>
        <Sip>sip:agent1@example.com</Sip>
        <Sip>sip:agent2@example.com</Sip>
        <Sip>sip:agent3@example.com</Sip>
        <Sip>sip:agent4@example.com</Sip>
        <Sip>sip:agent5@example.com</Sip>
        <Sip>sip:agent6@example.com</Sip>
        <Sip>sip:agent7@example.com</Sip>
        <Sip>sip:agent8@example.com</Sip>
        <Sip>sip:agent9@example.com</Sip>
        <Sip>sip:agent10@example.com</Sip>
        <Sip>sip:agent11@example.com</Sip>
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
        ("Rules/sip-mixed-content.yml",
#"""
{1,1,8:
1,1,2:idp1,5,17:sip-mixed-content
2,1,8:severityp2,11,5:error
3,1,8:dialects[3,11,1:p3,12,6:twilio
4,1,7:summaryp4,10,45:URI text and <Uri> children in the same <Sip>
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,17:sip-mixed-content
7,1,5:childp7,8,3:Uri
8,1,7:messageq8,10,109:URI text "{text}" beside <{child}> children: a <Sip> holds its URI as text or in <{child}> elements, not both
"""#,
#"""








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
        ("Rules/sip-outside-dial.yml",
#"""
{1,1,7:
1,1,2:idp1,5,16:sip-outside-dial
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,73:a <Sip> whose parent is not <Dial> (nor <Refer> in SignalWire and Twilio)
5,1,6:select{6,3,2:
6,3,7:defaultq6,12,47://Sip[not(parent::Dial) and not(parent::Refer)]
7,3,8:restcommq7,13,24://Sip[not(parent::Dial)]
8,1,5:checkp8,8,6:report
9,1,7:messageq9,10,72:<Sip> inside <{parent}>: <Sip> is a noun of <Dial> and does nothing here
"""#,
#"""









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
        ("Rules/sip-session-timeout.yml",
#"""
{1,1,9:
1,1,2:idp1,5,19:sip-session-timeout
2,1,8:severityp2,11,5:error
3,1,8:dialects[3,11,1:p3,12,10:signalwire
4,1,7:summaryp4,10,49:sessionTimeout that is not a non-negative integer
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,7:integer
7,1,9:attributep7,12,14:sessionTimeout
8,1,3:minp8,6,1:0
9,1,7:message{10,3,2:
10,3,11:not-integerq10,16,57:sessionTimeout "{value}" is not a whole number of seconds
11,3,5:rangeq11,10,92:sessionTimeout "{value}" is negative; use 0 for the platform default, or a number of seconds
"""#,
#"""











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
        ("Rules/sip-sips-udp.yml",
#"""
{1,1,7:
1,1,2:idp1,5,12:sip-sips-udp
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,29:a sips URI with transport=udp
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,12:sip-sips-udp
7,1,7:messageq7,10,118:sips: with transport={transport}: a SIPS URI requires TLS (RFC 3261 section 26.2.2); use transport=tls or tcp, or sip:
"""#,
#"""







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
        ("Rules/sip-timeout.yml",
#"""
{1,1,9:
1,1,2:idp1,5,11:sip-timeout
2,1,8:severityp2,11,5:error
3,1,8:dialects[3,11,1:p3,12,8:restcomm
4,1,7:summaryp4,10,47:timeout on <Sip> that is not a positive integer
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,7:integer
7,1,9:attributep7,12,7:timeout
8,1,3:minp8,6,1:1
9,1,7:message{10,3,2:
10,3,11:not-integerq10,16,59:timeout "{value}" on <Sip> is not a whole number of seconds
11,3,5:rangeq11,10,72:timeout "{value}" on <Sip> must be 1 or more seconds (the default is 60)
"""#,
#"""











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
        ("Rules/sip-transport.yml",
#"""
{1,1,8:
1,1,2:idp1,5,13:sip-transport
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,76:a transport the dialect does not support, or ?transport= written as a header
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,13:sip-transport
7,1,7:allowed{8,3,4:
8,3,7:default[8,12,3:p8,13,3:udpp8,18,3:tcpp8,23,3:tls
9,3,10:signalwire[9,15,3:p9,16,3:tlsp9,21,3:udpp9,26,3:tcp
10,3,8:restcomm[10,13,2:p10,14,3:udpp10,19,3:tcp
11,3,6:twilio[11,11,3:p11,12,3:udpp11,17,3:tcpp11,22,3:tls
12,1,7:message{13,3,2:
13,3,11:unsupportedq13,16,68:transport "{transport}" is not supported by {dialect}; use {allowed}
14,3,6:headerq14,11,9:{problem}
"""#,
#"""














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
        ("Rules/sip-uri-duplicate-param.yml",
#"""
{1,1,7:
1,1,2:idp1,5,23:sip-uri-duplicate-param
2,1,8:severityp2,11,7:warning
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,28:the same URI parameter twice
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,23:sip-uri-duplicate-param
7,1,7:messageq7,10,79:URI parameter "{parameter}" is given twice; the platform reads only one of them
"""#,
#"""







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
        ("Rules/sip-uri-length.yml",
#"""
{1,1,9:
1,1,2:idp1,5,14:sip-uri-length
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,62:the SIP URI (before the first "?") is 255 characters or longer
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,10:uri-length
7,1,4:partp7,7,3:uri
8,1,5:limitp8,8,3:255
9,1,7:messageq9,10,93:SIP URI is {length} characters long; it must be under {limit} (the part before the first "?")
"""#,
#"""









docs:
  what: Measures each URI a <Sip> dials - everything before the first "?", after XML decoding and without the surrounding white space - and reports it when it is 255 characters or longer.
  why: The platforms document the SIP URI as under 255 characters; a longer one is rejected when the call is placed, not when the document is fetched.
  example: |
    <Response><Dial><Sip>sip:alice-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.com</Sip></Dial></Response>
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
        ("Rules/sip-uri-missing.yml",
#"""
{1,1,7:
1,1,2:idp1,5,15:sip-uri-missing
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,38:an empty <Sip> (no URI text, no <Uri>)
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,15:sip-uri-missing
7,1,7:messageq7,10,68:empty <{element}>: it needs a SIP URI, such as sip:alice@example.com
"""#,
#"""







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
        ("Rules/sip-uri-password.yml",
#"""
{1,1,7:
1,1,2:idp1,5,16:sip-uri-password
2,1,8:severityp2,11,7:warning
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,29:a password inside the SIP URI
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,16:sip-uri-password
7,1,7:messageq7,10,118:password in the SIP URI of user "{user}": move it to the password attribute (and rotate it: it has been in plain text)
"""#,
#"""







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
        ("Rules/sip-uri-syntax.yml",
#"""
{1,1,7:
1,1,2:idp1,5,14:sip-uri-syntax
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,36:the URI is not a SIP URI by RFC 3261
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,14:sip-uri-syntax
7,1,7:messageq7,10,9:{problem}
"""#,
#"""







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
        ("Rules/status-callback-event-unused.yml",
#"""
{1,1,9:
1,1,2:idp1,5,28:status-callback-event-unused
2,1,8:severityp2,11,7:warning
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,42:statusCallbackEvent without statusCallback
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,18:requires-attribute
7,1,2:ifp7,5,19:statusCallbackEvent
8,1,8:requiresp8,11,14:statusCallback
9,1,7:messageq9,10,71:statusCallbackEvent without statusCallback: the events are sent nowhere
"""#,
#"""









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
        ("Rules/status-callback-event.yml",
#"""
{1,1,9:
1,1,2:idp1,5,21:status-callback-event
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,66:an unknown status callback event, or the other dialect's separator
5,1,6:selectp5,9,3://*
6,1,5:checkp6,8,4:list
9,1,7:allowed[9,10,4:p9,11,9:initiatedp9,22,7:ringingp9,31,8:answeredp9,41,9:completed
10,1,9:separator{10,12,2:
10,13,7:defaultp10,22,5:space
10,29,8:restcommq10,39,1:,
11,1,7:message{12,3,5:
12,3,7:unknownq12,12,59:unknown event "{item}" in {attribute}; events are {allowed}
13,3,4:caseq13,9,58:event "{item}" must be written in lower case: {suggestion}
14,3,5:emptyq14,10,60:empty event in {attribute} "{value}": remove the extra comma
15,3,9:duplicateq15,14,45:event "{item}" is listed twice in {attribute}
16,3,9:separatorq16,14,69:{attribute} uses {wrong}; {dialect} separates events with {separator}
"""#,
#"""
















docs:
  what: >-
    Checks every list of status callback events the dialect declares (statusCallbackEvent on
    <Sip>, <Number>, <Client>, <Conference>; recordingStatusCallbackEvent; …): each event is
    one its element documents (initiated, ringing, answered, completed for a call's progress),
    and the events are separated the dialect's way - spaces for SignalWire and Twilio, commas
    for Restcomm.
  why: With the other platform's separator the whole value is read as one unknown event, and no status callback is ever sent; the call works, but monitoring and billing hooks go silent.
  example: |
    <Response><Dial><Sip statusCallback="/events" statusCallbackEvent="answerd">sip:alice@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip statusCallback="/events" statusCallbackEvent="answered">sip:alice@example.com</Sip></Dial></Response>
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
        ("Rules/stray-text.yml",
#"""
{1,1,7:
1,1,2:idp1,5,10:stray-text
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,75:text where the element takes none, such as words straight inside <Response>
5,1,6:selectp5,9,3://*
6,1,5:checkp6,8,10:stray-text
7,1,7:messageq7,10,53:text "{text}" is not allowed inside <{element}>{hint}
"""#,
#"""







docs:
  what: Reports text (other than white space) inside an element that the dialect says takes none - words straight inside <Response>, <Gather> or <Dial>'s nouns that hold only other elements, text inside <Hangup> - from its first to its last character.
  why: >-
    The platform reads the text as a malformed verb: Twilio rejects the document (error 12100,
    document parse failure) and the caller hears the application error message instead of the
    call flow; platforms that skip it silently never speak the words either.
  example: |
    <Response>
      <Say>Welcome.</Say>
      Please hold while we connect you.
    </Response>
  use-instead: |
    <Response>
      <Say>Welcome.</Say>
      <Say>Please hold while we connect you.</Say>
    </Response>
examples:
  valid:
    - xml: "<Response>\n  <Say>Welcome.</Say>\n  <Hangup/>\n</Response>"
  invalid:
    - xml: "<Response><Say>Welcome.</Say>↓Please hold.</Response>"
    - dialect: twilio
      xml: "<Response><Gather input=\"dtmf\">↓Press 1<Say>for sales</Say></Gather><Hangup>↓now</Hangup></Response>"

"""#),
        ("Rules/unknown-attribute.yml",
#"""
{1,1,7:
1,1,2:idp1,5,17:unknown-attribute
2,1,8:severityp2,11,7:warning
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,57:an attribute the dialect does not define for that element
5,1,6:selectp5,9,3://*
6,1,5:checkp6,8,17:unknown-attribute
7,1,7:messageq7,10,52:unknown attribute "{attribute}" on <{element}>{hint}
"""#,
#"""







docs:
  what: Reports an attribute that the dialect does not define for its element, on every verb and noun, and suggests the nearest defined name (a different case first, then a near spelling) or the dialect that has it. Namespace declarations and prefixed attributes are left alone, as are the attributes of an element whose dialect entry says attributes any.
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
        ("Rules/unknown-element.yml",
#"""
{1,1,8:
1,1,2:idp1,5,15:unknown-element
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,60:an element the dialect does not define, or defines elsewhere
5,1,6:selectp5,9,3://*
6,1,5:checkp6,8,16:allowed-children
8,1,6:except[8,9,1:p8,10,3:Sip
9,1,7:message{10,3,2:
10,3,7:unknownq10,12,63:unknown element <{child}> inside <{element}> in {dialect}{hint}
11,3,9:misplacedq11,14,62:<{child}> is not allowed inside <{element}> in {dialect}{hint}
"""#,
#"""











docs:
  what: Reports an element the dialect does not define (a misspelt verb such as <Gahter>, a <say> in the wrong case, a <SipHeader>) with the nearest name allowed in its place, and an element the dialect defines elsewhere (a <Number> straight inside <Response>, a <Header> outside <Headers>) with where it belongs. Every element of the document is checked, in the place it stands. An element the dialect does not define is then checked as the element it most likely means, so the attributes of a misspelt <Gahter> are still checked as those of <Gather>. SSML inside <Say> is checked against the tags the platform documents, amazon:-prefixed ones included; the content of an element whose dialect entry says children any is not checked.
  why: Platforms reject a document with an element they do not know (Twilio answers with error 12100 or 12200), or skip it silently; either way the caller hears nothing, or the endpoint it was meant to reach is not dialled.
  example: |
    <Response><Dial><Numbr>+15551234567</Numbr></Dial></Response>
  use-instead: |
    <Response><Dial><Number>+15551234567</Number></Dial></Response>
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
        ("Rules/unreachable-verb.yml",
#"""
{1,1,8:
1,1,2:idp1,5,16:unreachable-verb
2,1,8:severityp2,11,7:warning
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,63:a verb after <Hangup>, <Reject> or <Redirect>, which never runs
5,1,6:selectp5,9,10://Response
6,1,5:checkp6,8,16:unreachable-verb
7,1,5:after[7,8,3:p7,9,6:Hangupp7,17,6:Rejectp7,25,8:Redirect
8,1,7:messageq8,10,76:<{verb}> never runs: the call leaves this document at the <{stop}> before it
"""#,
#"""








docs:
  what: Reports the first verb that follows a <Hangup>, a <Reject> or a <Redirect> in the same <Response>. The call ends, or goes on with another document, at that verb; nothing after it runs.
  why: The verbs after it look like part of the call flow but are never executed - a goodbye message never played, a <Dial> never placed - and nothing tells the author.
  example: |
    <Response>
      <Hangup/>
      <Say>Goodbye.</Say>
    </Response>
  use-instead: |
    <Response>
      <Say>Goodbye.</Say>
      <Hangup/>
    </Response>
examples:
  valid:
    - xml: "<Response><Say>Goodbye.</Say><Hangup/></Response>"
  invalid:
    - xml: "<Response><Redirect>/next</Redirect>↓<Say>Goodbye.</Say><Hangup/></Response>"
    - xml: "<Response><Hangup/>↓<Say>Goodbye.</Say><Play>https://example.com/a.mp3</Play></Response>"

"""#),
        ("Rules/unused-suppression.yml",
#"""
{1,1,6:
1,1,2:idp1,5,18:unused-suppression
2,1,8:severityp2,11,7:warning
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,71:a suppression comment that suppresses nothing, or names an unknown rule
5,1,5:checkp5,8,11:suppression
6,1,7:message{7,3,3:
7,3,6:unusedq7,11,51:suppression of {rule} suppresses nothing: remove it
8,3,3:allq8,8,55:suppression of every rule suppresses nothing: remove it
9,3,7:unknownq9,12,45:suppression names unknown rule "{rule}"{hint}
"""#,
#"""









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
        ("Rules/url-attribute.yml",
#"""
{1,1,7:
1,1,2:idp1,5,13:url-attribute
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,61:a URL attribute that is not an http(s) URL or a relative path
5,1,6:selectp5,9,3://*
6,1,5:checkp6,8,3:url
7,1,7:messageq7,10,73:{attribute} "{value}" is not an http(s) URL or a relative path: {problem}
"""#,
#"""







docs:
  what: Checks every attribute the dialect types as a URL (action, url, statusCallback, recordingStatusCallback, waitUrl, transcribeCallback, …, on every verb and noun) for an absolute http or https URL, or a path relative to the document's own URL.
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
        ("Rules/xml-doctype.yml",
#"""
{1,1,6:
1,1,2:idp1,5,11:xml-doctype
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,60:a DOCTYPE or entity declaration, refused and never processed
5,1,5:checkp5,8,6:parser
6,1,7:messageq6,10,30:DOCTYPE declaration is refused
"""#,
#"""






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
        ("Rules/xml-encoding.yml",
#"""
{1,1,6:
1,1,2:idp1,5,12:xml-encoding
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,28:a document that is not UTF-8
5,1,5:checkp5,8,6:parser
6,1,7:messageq6,10,36:the reason the document is not UTF-8
"""#,
#"""






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
        ("Rules/xml-syntax.yml",
#"""
{1,1,6:
1,1,2:idp1,5,10:xml-syntax
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,35:the document is not well-formed XML
5,1,5:checkp5,8,6:parser
6,1,7:messageq6,10,53:the parser's message, at the parser's line and column
"""#,
#"""






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
