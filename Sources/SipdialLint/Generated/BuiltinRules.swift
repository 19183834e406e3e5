// swift-format-ignore-file
// Generated from Rules/ by `make generate`; do not edit by hand.
// The rule and dialect files, built into the binary so that a copied binary works alone:
// each file's core parsed at build time (CompactYAML), a rule's docs and examples as YAML.
enum BuiltinRules {
    static let files: [(name: String, core: String, extras: String?)] = [
        ("Rules/attribute-value.yml",
#"""
{1,1,9:
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
15,1,3:fix[18,3,1:{18,5,5:
18,5,5:fixerp18,12,7:replace
19,5,5:kinds[19,12,2:p19,13,7:booleanp19,22,4:enum
20,5,4:textq20,11,12:{suggestion}
21,5,4:safep21,11,4:true
22,5,7:summaryq22,14,115:a boolean or enumeration value in the wrong case (`True` → `true`, `Record-From-Answer` → `record-from-answer`)
"""#,
#"""






















docs:
  codes: [13314]
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
    - dialect: texml
      xml: "<Response><Dial timeout=\"120\" timeLimit=\"14400\" record=\"record-from-ringing-dual\" recordingChannels=\"dual\" ringTone=\"us-old\"><Sip machineDetection=\"Disable\" detectionMode=\"PremiumCallScreening\" machineDetectionTimeout=\"60000\" sipRegion=\"Canada\">sip:a@example.com</Sip></Dial></Response>"
  invalid:
    - dialect: signalwire
      xml: "<Response><Dial record=\"↓yes\" timeout=\"↓2\"><Sip>sip:a@example.com</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial hangupOnStar=\"↓True\" record=\"↓record-from-answer\"><Sip>sip:a@example.com</Sip></Dial></Response>"
      fixed: "<Response><Dial hangupOnStar=\"true\" record=\"record-from-answer\"><Sip>sip:a@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial timeLimit=\"↓-5\"><Sip machineDetection=\"↓enable\"><Uri weight=\"↓0\">sip:a@example.com</Uri></Sip></Dial></Response>"
      fixed: "<Response><Dial timeLimit=\"-5\"><Sip machineDetection=\"Enable\"><Uri weight=\"0\">sip:a@example.com</Uri></Sip></Dial></Response>"
    - dialect: texml
      xml: "<Response><Dial timeout=\"↓150\" record=\"↓true\"><Sip machineDetectionTimeout=\"↓100\" sipRegion=\"↓EU\">sip:a@example.com</Sip></Dial></Response>"

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
  codes: [13214]
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
    - xml: "<Response><Dial callerId=\"+1 (555) 123-4567\"><Number>+15551234567</Number></Dial></Response>"
    - xml: "<Response><Dial callerId=\"{{From}}\"><Number>+15551234567</Number></Dial></Response>"
  invalid:
    - xml: "<Response><Dial callerId=\"Support↓ Line\"><Sip>sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial callerId=\"alice↓@home\"><Sip>sip:a@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial callerId=\"↓client:alice\"><Number>+15551234567</Number></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial callerId=\"client:alice\"><Client>bob</Client></Dial><Dial callerId=\"↓alice\"><Client>bob</Client></Dial></Response>"

"""#),
        ("Rules/dialects/restcomm.yml",
#"""
{19,1,3:
19,1,7:dialectp19,10,8:restcomm
20,1,5:titlep20,8,13:Restcomm RCML
21,1,6:sourcep21,9,37:https://cloud.restcomm.com/docs/rcml/
"""#,
#"""
Response Dial Sip Video Number Client Conference Uri Say speak break emphasis lang mark p s phoneme prosody say-as sub w audio Play Pause Gather Record Redirect Reject Hangup Sms Email Fax UssdCollect UssdMessage Language Geolocation Immediate Notification action method timeout timeLimit callerId record hangupOnStar dialMusic url timeout method statusCallbackEvent statusCallback statusCallbackMethod username password name enable mode resolution layout overlay sendDigits url method statusCallbackEvent statusCallback statusCallbackMethod name url method statusCallbackEvent statusCallback statusCallbackMethod name muted beep startConferenceOnEnter endConferenceOnExit waitUrl waitMethod maxParticipants url method statusCallbackEvent statusCallback statusCallbackMethod voice language loop time strength level name alphabet ph rate pitch volume interpret-as format detail language alias role src clipBegin clipEnd speed repeatCount repeatDur soundLevel loop length action method timeout finishOnKey numDigits input partialResultCallback partialResultCallbackMethod language hints startInputKey action method timeout finishOnKey maxLength transcribe transcribeCallback playBeep media method reason to from action method statusCallback to from cc bcc subject action method statusCallback to from action method statusCallback action method deviceIdentifier action method statusCallback deviceIdentifier action method statusCallback deviceIdentifier action method statusCallback eventGeofencingLatitude eventGeofencingLongitude geofenceRange geofenceEvent
Response 309:{26,5,2:
26,5,8:children[26,15,16:p26,16,4:Dialp26,22,5:Emailp26,29,3:Faxp26,34,6:Gatherp26,42,6:Hangupp26,50,5:Pausep26,57,4:Playp26,63,6:Recordp26,71,8:Redirectp26,81,6:Rejectp26,89,3:Sayp26,94,3:Smsp26,99,11:UssdCollectp26,112,11:UssdMessagep26,125,8:Languagep26,135,11:Geolocation
27,5,4:textp27,11,4:none
Dial 480:{38,5,3:
38,5,10:attributes{39,7,8:
39,7,6:actionp39,15,3:url
40,7,6:methodp40,15,11:http-method
41,7,7:timeoutp41,16,16:positive-integer
42,7,9:timeLimitp42,18,16:positive-integer
43,7,8:callerIdp43,17,9:caller-id
44,7,6:record{44,15,1:
44,16,4:enum[44,22,2:q44,23,4:trueq44,31,5:false
46,7,12:hangupOnStarp46,21,7:boolean
50,7,9:dialMusicp50,18,3:url
53,5,8:children[53,15,5:p53,16,3:Sipp53,21,6:Numberp53,29,6:Clientp53,37,10:Conferencep53,49,3:Uri
54,5,4:textp54,11,8:required
Sip 390:{68,5,2:
68,5,10:attributes{69,7,9:
69,7,3:urlp69,12,3:url
70,7,7:timeoutp70,16,16:positive-integer
71,7,6:methodp71,15,11:http-method
72,7,19:statusCallbackEventp72,28,6:events
73,7,14:statusCallbackp73,23,3:url
74,7,20:statusCallbackMethodp74,29,11:http-method
75,7,8:usernamep75,17,6:string
76,7,8:passwordp76,17,6:string
77,7,4:namep77,13,6:string
78,5,8:children[78,15,1:p78,16,5:Video
Video 387:{92,5,2:
92,5,10:attributes{93,7,5:
93,7,6:enablep93,15,7:boolean
94,7,4:mode{94,13,1:
94,14,4:enum[94,20,2:p94,21,3:mcup94,26,3:sfu
95,7,10:resolution{95,19,1:
95,20,4:enum[95,26,6:p95,27,3:CIFp95,32,4:4CIFp95,38,5:16CIFp95,45,4:QCIFp95,51,3:VGAp95,56,4:720p
96,7,6:layout{96,15,1:
96,16,4:enum[96,22,2:p96,23,4:tilep96,29,6:linear
97,7,7:overlayp97,16,6:string
98,5,4:textp98,11,4:none
Number 301:{108,5,2:
108,5,10:attributes{109,7,6:
109,7,10:sendDigitsp109,19,6:string
110,7,3:urlp110,12,3:url
111,7,6:methodp111,15,11:http-method
112,7,19:statusCallbackEventp112,28,6:events
113,7,14:statusCallbackp113,23,3:url
114,7,20:statusCallbackMethodp114,29,11:http-method
116,5,4:textp116,11,8:required
Client 336:{128,5,3:
128,5,10:attributes{129,7,6:
129,7,4:namep129,13,6:string
130,7,3:urlp130,12,3:url
131,7,6:methodp131,15,11:http-method
132,7,19:statusCallbackEventp132,28,6:events
133,7,14:statusCallbackp133,23,3:url
134,7,20:statusCallbackMethodp134,29,11:http-method
135,5,8:children[135,15,1:p135,16,5:Video
136,5,4:textp136,11,8:required
Conference 419:{147,5,3:
147,5,10:attributes{148,7,8:
148,7,4:namep148,13,6:string
149,7,5:mutedp149,14,7:boolean
150,7,4:beepp150,13,7:boolean
151,7,22:startConferenceOnEnterp151,31,7:boolean
152,7,19:endConferenceOnExitp152,28,7:boolean
154,7,7:waitUrlp154,16,3:url
155,7,10:waitMethodp155,19,11:http-method
157,7,15:maxParticipantsp157,24,16:positive-integer
158,5,8:children[158,15,1:p158,16,5:Video
159,5,4:textp159,11,8:required
Uri 265:{170,5,2:
170,5,10:attributes{171,7,5:
171,7,3:urlp171,12,3:url
172,7,6:methodp172,15,11:http-method
173,7,19:statusCallbackEventp173,28,6:events
174,7,14:statusCallbackp174,23,3:url
175,7,20:statusCallbackMethodp175,29,11:http-method
176,5,4:textp176,11,8:required
Say 391:{186,5,3:
186,5,10:attributes{189,7,3:
189,7,5:voicep189,14,6:string
190,7,8:languagep190,17,6:string
192,7,4:loopp192,13,20:non-negative-integer
194,5,8:children[194,15,13:p194,16,5:speakp194,23,5:breakp194,30,8:emphasisp194,40,4:langp194,46,4:markp194,52,1:pp194,55,7:phonemep194,64,7:prosodyp194,73,1:sp194,76,6:say-asp194,84,3:subp194,89,1:wp194,92,5:audio
195,5,4:textp195,11,8:required
speak 39:{211,5,1:
211,5,8:childrenp211,15,3:any
break 239:{216,5,2:
216,5,10:attributes{217,7,2:
217,7,4:timep217,13,6:string
218,7,8:strength{218,17,1:
218,18,4:enum[218,24,6:p218,25,4:nonep218,31,6:x-weakp218,39,4:weakp218,45,6:mediump218,53,6:strongp218,61,8:x-strong
219,5,4:textp219,11,4:none
emphasis 360:{224,5,3:
224,5,10:attributes{225,7,1:
225,7,5:level{225,14,1:
225,15,4:enum[225,21,4:p225,22,6:strongp225,30,8:moderatep225,40,7:reducedp225,49,4:none
226,5,8:children[226,15,10:p226,16,5:breakp226,23,4:langp226,29,4:markp226,35,7:phonemep226,44,7:prosodyp226,53,6:say-asp226,61,3:subp226,66,1:wp226,69,5:audiop226,76,8:emphasis
227,5,4:textp227,11,8:required
lang 226:{232,5,2:
232,5,8:children[232,15,11:p232,16,5:breakp232,23,8:emphasisp232,33,4:markp232,39,7:phonemep232,48,7:prosodyp232,57,6:say-asp232,65,3:subp232,70,1:wp232,73,5:audiop232,80,1:pp232,83,1:s
233,5,4:textp233,11,8:required
mark 94:{238,5,2:
238,5,10:attributes{239,7,1:
239,7,4:namep239,13,6:string
240,5,4:textp240,11,4:none
p 229:{245,5,2:
245,5,8:children[245,15,11:p245,16,1:sp245,19,5:breakp245,26,8:emphasisp245,36,4:langp245,42,4:markp245,48,7:phonemep245,57,7:prosodyp245,66,6:say-asp245,74,3:subp245,79,1:wp245,82,5:audio
246,5,4:textp246,11,8:required
s 218:{251,5,2:
251,5,8:children[251,15,10:p251,16,5:breakp251,23,8:emphasisp251,33,4:langp251,39,4:markp251,45,7:phonemep251,54,7:prosodyp251,63,6:say-asp251,71,3:subp251,76,1:wp251,79,5:audio
252,5,4:textp252,11,8:required
phoneme 129:{257,5,2:
257,5,10:attributes{258,7,2:
258,7,8:alphabetp258,17,6:string
259,7,2:php259,11,6:string
260,5,4:textp260,11,8:required
prosody 359:{265,5,3:
265,5,10:attributes{266,7,3:
266,7,4:ratep266,13,6:string
267,7,5:pitchp267,14,6:string
268,7,6:volumep268,15,6:string
269,5,8:children[269,15,12:p269,16,5:breakp269,23,8:emphasisp269,33,4:langp269,39,4:markp269,45,7:phonemep269,54,7:prosodyp269,63,6:say-asp269,71,3:subp269,76,1:wp269,79,5:audiop269,86,1:pp269,89,1:s
270,5,4:textp270,11,8:required
say-as 202:{275,5,2:
275,5,10:attributes{276,7,4:
276,7,12:interpret-asp276,21,6:string
277,7,6:formatp277,15,6:string
278,7,6:detailp278,15,6:string
279,7,8:languagep279,17,6:string
280,5,4:textp280,11,8:required
sub 99:{285,5,2:
285,5,10:attributes{286,7,1:
286,7,5:aliasp286,14,6:string
287,5,4:textp287,11,8:required
w 98:{292,5,2:
292,5,10:attributes{293,7,1:
293,7,4:rolep293,13,6:string
294,5,4:textp294,11,8:required
audio 296:{299,5,2:
299,5,10:attributes{300,7,7:
300,7,3:srcp300,12,3:url
301,7,9:clipBeginp301,18,6:string
302,7,7:clipEndp302,16,6:string
303,7,5:speedp303,14,6:string
304,7,11:repeatCountp304,20,6:string
305,7,9:repeatDurp305,18,6:string
306,7,10:soundLevelp306,19,6:string
307,5,8:childrenp307,15,3:any
Play 108:{314,5,2:
314,5,10:attributes{316,7,1:
316,7,4:loopp316,13,20:non-negative-integer
317,5,4:textp317,11,3:url
Pause 107:{327,5,2:
327,5,10:attributes{328,7,1:
328,7,6:lengthp328,15,16:positive-integer
329,5,4:textp329,11,4:none
Gather 677:{338,5,3:
338,5,10:attributes{339,7,11:
339,7,6:actionp339,15,3:url
340,7,6:methodp340,15,11:http-method
341,7,7:timeoutp341,16,16:positive-integer
343,7,11:finishOnKey{343,20,1:
343,21,7:charsetq343,30,12:0123456789#*
344,7,9:numDigitsp344,18,16:positive-integer
345,7,5:input{345,14,1:
345,15,5:words[345,22,2:p345,23,4:dtmfp345,29,6:speech
346,7,21:partialResultCallbackp346,30,3:url
347,7,27:partialResultCallbackMethodp347,36,11:http-method
348,7,8:languagep348,17,6:string
349,7,5:hintsp349,14,6:string
351,7,13:startInputKey{351,22,1:
351,23,7:charsetq351,32,12:0123456789#*
352,5,8:children[352,15,3:p352,16,3:Sayp352,21,4:Playp352,27,5:Pause
353,5,4:textp353,11,4:none
Record 514:{364,5,2:
364,5,10:attributes{365,7,9:
365,7,6:actionp365,15,3:url
366,7,6:methodp366,15,11:http-method
367,7,7:timeoutp367,16,16:positive-integer
369,7,11:finishOnKey{369,20,1:
369,21,7:charsetq369,30,13:0123456789#*-
370,7,9:maxLengthp370,18,16:positive-integer
371,7,10:transcribep371,19,7:boolean
372,7,18:transcribeCallbackp372,27,3:url
373,7,8:playBeepp373,17,7:boolean
374,7,5:media{374,14,1:
374,15,4:enum[374,21,3:p374,22,10:audio_onlyp374,34,10:video_onlyp374,46,11:audio_video
375,5,4:textp375,11,4:none
Redirect 101:{385,5,2:
385,5,10:attributes{386,7,1:
386,7,6:methodp386,15,11:http-method
387,5,4:textp387,11,3:url
Reject 146:{396,5,2:
396,5,10:attributes{397,7,1:
397,7,6:reason{397,15,1:
397,16,4:enum[397,22,2:p397,23,8:rejectedp397,33,4:busy
398,5,4:textp398,11,4:none
Hangup 36:{407,5,1:
407,5,4:textp407,11,4:none
Sms 227:{416,5,2:
416,5,10:attributes{418,7,5:
418,7,2:top418,11,6:string
419,7,4:fromp419,13,6:string
420,7,6:actionp420,15,3:url
421,7,6:methodp421,15,11:http-method
423,7,14:statusCallbackp423,23,3:url
424,5,4:textp424,11,8:required
Email 283:{433,5,1:
433,5,10:attributes{434,7,8:
434,7,2:top434,11,6:string
435,7,4:fromp435,13,6:string
436,7,2:ccp436,11,6:string
439,7,3:bccp439,12,6:string
440,7,7:subjectp440,16,6:string
442,7,6:actionp442,15,3:url
443,7,6:methodp443,15,11:http-method
444,7,14:statusCallbackp444,23,3:url
Fax 227:{453,5,2:
453,5,10:attributes{454,7,5:
454,7,2:top454,11,6:string
455,7,4:fromp455,13,6:string
456,7,6:actionp456,15,3:url
457,7,6:methodp457,15,11:http-method
458,7,14:statusCallbackp458,23,3:url
459,5,4:textp459,11,8:required
UssdCollect 152:{469,5,2:
469,5,10:attributes{470,7,2:
470,7,6:actionp470,15,3:url
471,7,6:methodp471,15,11:http-method
472,5,8:children[472,15,1:p472,16,11:UssdMessage
UssdMessage 40:{480,5,1:
480,5,4:textp480,11,8:required
Language 40:{489,5,1:
489,5,4:textp489,11,8:required
Geolocation 278:{501,5,3:
501,5,10:attributes{502,7,4:
502,7,16:deviceIdentifierp502,25,6:string
503,7,6:actionp503,15,3:url
504,7,6:methodp504,15,11:http-method
505,7,14:statusCallbackp505,23,3:url
506,5,8:children[506,15,2:p506,16,9:Immediatep506,27,12:Notification
507,5,4:textp507,11,4:none
Immediate 209:{514,5,2:
514,5,10:attributes{515,7,4:
515,7,16:deviceIdentifierp515,25,6:string
516,7,6:actionp516,15,3:url
517,7,6:methodp517,15,11:http-method
518,7,14:statusCallbackp518,23,3:url
519,5,4:textp519,11,4:none
Notification 446:{524,5,2:
524,5,10:attributes{525,7,8:
525,7,16:deviceIdentifierp525,25,6:string
526,7,6:actionp526,15,3:url
527,7,6:methodp527,15,11:http-method
528,7,14:statusCallbackp528,23,3:url
529,7,23:eventGeofencingLatitudep529,32,6:string
530,7,24:eventGeofencingLongitudep530,33,6:string
531,7,13:geofenceRangep531,22,7:integer
532,7,13:geofenceEvent{532,22,1:
532,23,4:enum[532,29,3:p532,30,2:inp532,34,3:outp532,39,6:in-out
533,5,4:textp533,11,4:none
"""#),
        ("Rules/dialects/signalwire.yml",
#"""
{16,1,4:
16,1,7:dialectp16,10,10:signalwire
17,1,5:titlep17,8,22:SignalWire LaML / cXML
18,1,6:sourcep18,9,66:https://signalwire.com/docs/compatibility-api/cxml/reference/voice
20,1,7:defaultp20,10,4:true
"""#,
#"""
Response Dial Sip Refer Number Client Identity Sim Conference Queue Verto Stream Start Stop Siprec Parameter Say break emphasis lang p phoneme prosody s say-as sub w mark speak amazon:auto-breaths amazon:breath amazon:domain amazon:effect Play Pause Gather Record Enqueue Task Leave Hangup Redirect Reject Connect Room VirtualAgent AI Autopilot Denoise Echo Pay Prompt Sms action answerOnBridge callerId callerName hangupOnStar method record recordingStatusCallback recordingStatusCallbackEvent recordingStatusCallbackMethod recordingStorageUrl recordingStorageUrlMethod recordingTrack referMethod referUrl ringTone sequential timeLimit timeout trim codecs method password sessionTimeout statusCallback statusCallbackEvent statusCallbackMethod url username action method byoc method sendDigits statusCallback statusCallbackEvent statusCallbackMethod url method statusCallback statusCallbackEvent statusCallbackMethod url beep coach endConferenceOnExit eventCallbackUrl jitterBufferSize maxParticipants muted participantLabel record recordingStatusCallback recordingStatusCallbackEvent recordingStatusCallbackMethod region startConferenceOnEnter statusCallback statusCallbackEvent statusCallbackMethod streamUrl trim waitMethod waitUrl method postWorkActivitySid reservationSid url url authBearerToken bidir codec connectorName name realtime statusCallback statusCallbackMethod streamSslValidateCertificate streamStartConferenceOnEnter track action method connectorName name track name value language loop voice strength time level alphabet ph pitch rate volume interpret-as format role alias role name volume frequency duration volume duration name name phonation vocal-tract-length digits loop length action actionOnEmptyResult bargeIn debug enhanced finishOnKey hints input language maxSpeechTime method numDigits partialResultCallback partialResultCallbackMethod profanityFilter speechModel speechTimeout timeout action finishOnKey maxLength method playBeep recordingStatusCallback recordingStatusCallbackEvent recordingStatusCallbackMethod storageUrl storageUrlMethod timeout transcribe transcribeCallback trim action method waitUrl waitUrlMethod workflowSid priority timeout method reason action method participantIdentity connectorName language sentimentAnalysis statusCallback timeout action bankAccountType chargeAmount currency description input language maxAttempts minPostalCodeLength paymentConnector paymentConnectorUrl paymentMethod postalCode securityCode statusCallback statusCallbackMethod timeout tokenType validCardTypes for attempt cardType errorType name action from method statusCallback to
Response 328:{25,5,2:
25,5,8:children[25,15,19:p25,16,7:Connectp25,25,7:Denoisep25,34,4:Dialp25,40,4:Echop25,46,6:Gatherp25,54,3:Payp25,59,4:Playp25,65,6:Recordp25,73,3:Sayp25,78,3:Smsp25,83,5:Startp25,90,4:Stopp26,16,7:Enqueuep26,25,6:Hangupp26,33,5:Leavep26,40,5:Pausep26,47,8:Redirectp26,57,5:Referp26,64,6:Reject
27,5,4:textp27,11,4:none
Dial 1844:{38,5,2:
38,5,10:attributes{39,7,20:
39,7,6:actionp39,15,3:url
40,7,14:answerOnBridgep40,23,7:boolean
41,7,8:callerIdp41,17,9:caller-id
42,7,10:callerNamep42,19,6:string
43,7,12:hangupOnStarp43,21,7:boolean
44,7,6:methodp44,15,11:http-method
45,7,6:record{45,15,1:
45,16,4:enum[45,22,7:p45,23,13:do-not-recordp45,38,18:record-from-answerp45,58,19:record-from-ringingp45,79,23:record-from-answer-dualp45,104,24:record-from-ringing-dualq45,130,4:trueq45,138,5:false
46,7,23:recordingStatusCallbackp46,32,3:url
47,7,28:recordingStatusCallbackEvent{47,37,1:
47,38,6:events[47,46,3:p47,47,11:in-progressp47,60,9:completedp47,71,6:absent
48,7,29:recordingStatusCallbackMethodp48,38,11:http-method
49,7,19:recordingStorageUrlp49,28,3:url
50,7,25:recordingStorageUrlMethodp50,34,11:http-method
51,7,14:recordingTrack{51,23,1:
51,24,4:enum[51,30,3:p51,31,4:bothp51,37,7:inboundp51,46,8:outbound
52,7,11:referMethodp52,20,11:http-method
53,7,8:referUrlp53,17,3:url
54,7,8:ringTone{54,17,1:
54,18,4:enum[54,24,40:p54,25,2:atp54,29,2:aup54,33,2:bgp54,37,2:brp54,41,2:bep54,45,2:chp54,49,2:clp54,53,2:cnp54,57,2:czp54,61,2:dep54,65,2:dkp54,69,2:eep54,73,2:esp54,77,2:fip54,81,2:frp54,85,2:grp54,89,2:hup54,93,2:ilp54,97,2:inp54,101,2:itp54,105,2:ltp54,109,2:jpp54,113,2:mxp54,117,2:myp54,121,2:nlq54,125,2:nop54,131,2:nzp54,135,2:php54,139,2:plp54,143,2:ptp54,147,2:rup54,151,2:sep54,155,2:sgp54,159,2:thp54,163,2:ukp54,167,2:usp54,171,6:us-oldp54,179,2:twp54,183,2:vep54,187,2:za
55,7,10:sequentialp55,19,7:boolean
56,7,9:timeLimitp56,18,16:positive-integer
57,7,7:timeout{57,16,1:
57,17,7:integer[57,26,2:p57,27,1:5p57,30,3:600
58,7,4:trim{58,13,1:
58,14,4:enum[58,20,2:p58,21,12:trim-silencep58,35,11:do-not-trim
61,5,8:children[61,15,8:p61,16,3:Sipp61,21,6:Numberp61,29,6:Clientp61,37,10:Conferencep61,49,5:Queuep61,56,5:Vertop61,63,6:Streamp61,71,3:Sim
Sip 390:{72,5,2:
72,5,10:attributes{73,7,9:
73,7,6:codecsp73,15,6:codecs
74,7,6:methodp74,15,11:http-method
75,7,8:passwordp75,17,6:string
76,7,14:sessionTimeoutp76,23,20:non-negative-integer
77,7,14:statusCallbackp77,23,3:url
78,7,19:statusCallbackEventp78,28,6:events
79,7,20:statusCallbackMethodp79,29,11:http-method
80,7,3:urlp80,12,3:url
81,7,8:usernamep81,17,6:string
82,5,8:children[82,15,0:
Refer 158:{91,5,3:
91,5,10:attributes{92,7,2:
92,7,6:actionp92,15,3:url
93,7,6:methodp93,15,11:http-method
94,5,8:children[94,15,1:p94,16,3:Sip
95,5,4:textp95,11,4:none
Number 371:{105,5,2:
105,5,10:attributes{106,7,7:
106,7,4:byocp106,13,6:string
107,7,6:methodp107,15,11:http-method
108,7,10:sendDigits{108,19,1:
108,20,7:charsetq108,29,14:0123456789#*wW
109,7,14:statusCallbackp109,23,3:url
110,7,19:statusCallbackEventp110,28,6:events
111,7,20:statusCallbackMethodp111,29,11:http-method
112,7,3:urlp112,12,3:url
113,5,4:textp113,11,12:phone-number
Client 329:{125,5,3:
125,5,10:attributes{126,7,5:
126,7,6:methodp126,15,11:http-method
127,7,14:statusCallbackp127,23,3:url
128,7,19:statusCallbackEventp128,28,6:events
129,7,20:statusCallbackMethodp129,29,11:http-method
130,7,3:urlp130,12,3:url
131,5,8:children[131,15,2:p131,16,8:Identityp131,26,9:Parameter
132,5,4:textp132,11,8:required
Identity 40:{141,5,1:
141,5,4:textp141,11,8:required
Sim 40:{148,5,1:
148,5,4:textp148,11,8:required
Conference 1434:{155,5,3:
155,5,10:attributes{156,7,21:
156,7,4:beep{156,13,1:
156,14,4:enum[156,20,4:q156,21,4:trueq156,29,5:falsep156,38,7:onEnterp156,47,6:onExit
157,7,5:coachp157,14,6:string
158,7,19:endConferenceOnExitp158,28,7:boolean
159,7,16:eventCallbackUrlp159,25,3:url
160,7,16:jitterBufferSizep160,25,6:string
161,7,15:maxParticipantsp161,24,16:positive-integer
162,7,5:mutedp162,14,7:boolean
163,7,16:participantLabelp163,25,6:string
164,7,6:record{164,15,1:
164,16,4:enum[164,22,2:p164,23,13:do-not-recordp164,38,17:record-from-start
165,7,23:recordingStatusCallbackp165,32,3:url
166,7,28:recordingStatusCallbackEvent{166,37,1:
166,38,6:events[166,46,4:p166,47,11:in-progressp166,60,9:completedp166,71,6:failedp166,79,6:absent
167,7,29:recordingStatusCallbackMethodp167,38,11:http-method
168,7,6:regionp168,15,6:string
169,7,22:startConferenceOnEnterp169,31,7:boolean
170,7,14:statusCallbackp170,23,3:url
171,7,19:statusCallbackEvent{171,28,1:
171,29,6:events[171,37,9:p171,38,5:startp171,45,3:endp171,50,4:joinp171,56,5:leavep171,63,4:mutep171,69,4:holdp171,75,7:speakerp171,84,6:modifyp171,92,12:announcement
172,7,20:statusCallbackMethodp172,29,11:http-method
174,7,9:streamUrlp174,18,6:string
175,7,4:trim{175,13,1:
175,14,4:enum[175,20,2:p175,21,12:trim-silencep175,35,11:do-not-trim
176,7,10:waitMethodp176,19,11:http-method
178,7,7:waitUrlp178,16,6:string
180,5,8:children[180,15,1:p180,16,6:Stream
181,5,4:textp181,11,8:required
Queue 216:{192,5,2:
192,5,10:attributes{193,7,4:
193,7,6:methodp193,15,11:http-method
194,7,19:postWorkActivitySidp194,28,6:string
195,7,14:reservationSidp195,23,6:string
196,7,3:urlp196,12,3:url
197,5,4:textp197,11,8:required
Verto 40:{204,5,1:
204,5,4:textp204,11,8:required
Stream 662:{213,5,3:
213,5,10:attributes{214,7,12:
214,7,3:urlp214,12,6:string
215,7,15:authBearerTokenp215,24,6:string
216,7,5:bidirp216,14,7:boolean
217,7,5:codecp217,14,6:string
218,7,13:connectorNamep218,22,6:string
219,7,4:namep219,13,6:string
220,7,8:realtimep220,17,7:boolean
221,7,14:statusCallbackp221,23,3:url
222,7,20:statusCallbackMethodp222,29,11:http-method
223,7,28:streamSslValidateCertificatep223,37,7:boolean
224,7,28:streamStartConferenceOnEnterp224,37,7:boolean
225,7,5:track{225,14,1:
225,15,4:enum[225,21,3:p225,22,13:inbound_trackp225,37,14:outbound_trackp225,53,11:both_tracks
226,5,8:children[226,15,1:p226,16,9:Parameter
227,5,4:textp227,11,4:none
Start 189:{239,5,3:
239,5,10:attributes{240,7,2:
240,7,6:actionp240,15,3:url
241,7,6:methodp241,15,11:http-method
242,5,8:children[242,15,2:p242,16,6:Streamp242,24,6:Siprec
243,5,4:textp243,11,4:none
Stop 95:{248,5,2:
248,5,8:children[248,15,2:p248,16,6:Streamp248,24,6:Siprec
249,5,4:textp249,11,4:none
Siprec 298:{256,5,3:
256,5,10:attributes{257,7,3:
257,7,13:connectorNamep257,22,6:string
258,7,4:namep258,13,6:string
259,7,5:track{259,14,1:
259,15,4:enum[259,21,3:p259,22,13:inbound_trackp259,37,14:outbound_trackp259,53,11:both_tracks
260,5,8:children[260,15,1:p260,16,9:Parameter
261,5,4:textp261,11,4:none
Parameter 124:{269,5,2:
269,5,10:attributes{270,7,2:
270,7,4:namep270,13,6:string
271,7,5:valuep271,14,6:string
272,5,4:textp272,11,4:none
Say 478:{281,5,3:
281,5,10:attributes{282,7,3:
282,7,8:languagep282,17,6:string
283,7,4:loopp283,13,20:non-negative-integer
284,7,5:voicep284,14,6:string
287,5,8:children[287,15,16:p287,16,5:breakp287,23,8:emphasisp287,33,4:langp287,39,1:pp287,42,7:phonemep287,51,7:prosodyp287,60,1:sp287,63,6:say-asp287,71,3:subp287,76,1:wp287,79,4:markp287,85,5:speakp288,16,19:amazon:auto-breathsp288,37,13:amazon:breathp288,52,13:amazon:domainp288,67,13:amazon:effect
289,5,4:textp289,11,8:required
break 242:{302,5,2:
302,5,10:attributes{303,7,2:
303,7,8:strength{303,17,1:
303,18,4:enum[303,24,6:p303,25,4:nonep303,31,6:x-weakp303,39,4:weakp303,45,6:mediump303,53,6:strongp303,61,8:x-strong
304,7,4:timep304,13,6:string
305,5,8:childrenp305,15,3:any
emphasis 167:{310,5,2:
310,5,10:attributes{311,7,1:
311,7,5:level{311,14,1:
311,15,4:enum[311,21,3:p311,22,6:strongp311,30,8:moderatep311,40,7:reduced
312,5,8:childrenp312,15,3:any
lang 39:{318,5,1:
318,5,8:childrenp318,15,3:any
p 39:{323,5,1:
323,5,8:childrenp323,15,3:any
phoneme 176:{328,5,2:
328,5,10:attributes{329,7,2:
329,7,8:alphabet{329,17,1:
329,18,4:enum[329,24,2:p329,25,3:ipap329,30,7:x-sampa
330,7,2:php330,11,6:string
331,5,8:childrenp331,15,3:any
prosody 158:{337,5,2:
337,5,10:attributes{338,7,3:
338,7,5:pitchp338,14,6:string
339,7,4:ratep339,13,6:string
340,7,6:volumep340,15,6:string
341,5,8:childrenp341,15,3:any
s 39:{346,5,1:
346,5,8:childrenp346,15,3:any
say-as 456:{353,5,2:
353,5,10:attributes{354,7,3:
354,7,12:interpret-as{354,21,1:
354,22,4:enum[354,28,15:p354,29,10:charactersp354,41,9:characterp354,52,9:spell-outp354,63,8:cardinalp354,73,6:numberp354,81,7:ordinalp354,90,6:digitsp354,98,8:fractionp354,108,4:unitp354,114,4:datep354,120,4:timep354,126,9:telephonep354,137,7:addressp354,146,12:interjectionp354,160,9:expletive
355,7,6:formatp355,15,6:string
356,7,4:rolep356,13,6:string
357,5,8:childrenp357,15,3:any
sub 98:{362,5,2:
362,5,10:attributes{363,7,1:
363,7,5:aliasp363,14,6:string
364,5,8:childrenp364,15,3:any
w 97:{370,5,2:
370,5,10:attributes{371,7,1:
371,7,4:rolep371,13,6:string
372,5,8:childrenp372,15,3:any
mark 97:{379,5,2:
379,5,10:attributes{380,7,1:
380,7,4:namep380,13,6:string
381,5,8:childrenp381,15,3:any
speak 39:{387,5,1:
387,5,8:childrenp387,15,3:any
amazon:auto-breaths 166:{392,5,2:
392,5,10:attributes{393,7,3:
393,7,6:volumep393,15,6:string
394,7,9:frequencyp394,18,6:string
395,7,8:durationp395,17,6:string
396,5,8:childrenp396,15,3:any
amazon:breath 132:{401,5,2:
401,5,10:attributes{402,7,2:
402,7,6:volumep402,15,6:string
403,7,8:durationp403,17,6:string
404,5,8:childrenp404,15,3:any
amazon:domain 97:{409,5,2:
409,5,10:attributes{410,7,1:
410,7,4:namep410,13,6:string
411,5,8:childrenp411,15,3:any
amazon:effect 175:{416,5,2:
416,5,10:attributes{417,7,3:
417,7,4:namep417,13,6:string
418,7,9:phonationp418,18,6:string
419,7,18:vocal-tract-lengthp419,27,6:string
420,5,8:childrenp420,15,3:any
Play 222:{428,5,3:
428,5,10:attributes{429,7,2:
429,7,6:digits{429,15,1:
429,16,7:charsetq429,25,14:0123456789#*wW
430,7,4:loopp430,13,20:non-negative-integer
431,5,4:textp431,11,3:url
432,5,11:text-unless[432,18,1:p432,19,6:digits
Pause 111:{442,5,2:
442,5,10:attributes{443,7,1:
443,7,6:lengthp443,15,20:non-negative-integer
444,5,4:textp444,11,4:none
Gather 1103:{451,5,3:
451,5,10:attributes{452,7,18:
452,7,6:actionp452,15,3:url
453,7,19:actionOnEmptyResultp453,28,7:boolean
454,7,7:bargeInp454,16,7:boolean
455,7,5:debugp455,14,7:boolean
456,7,8:enhancedp456,17,7:boolean
457,7,11:finishOnKey{457,20,1:
457,21,7:charsetq457,30,12:0123456789#*
458,7,5:hintsp458,14,6:string
459,7,5:input{459,14,1:
459,15,5:words[459,22,2:p459,23,4:dtmfp459,29,6:speech
460,7,8:languagep460,17,6:string
461,7,13:maxSpeechTimep461,22,16:positive-integer
462,7,6:methodp462,15,11:http-method
463,7,9:numDigitsp463,18,16:positive-integer
464,7,21:partialResultCallbackp464,30,3:url
465,7,27:partialResultCallbackMethodp465,36,11:http-method
466,7,15:profanityFilterp466,24,7:boolean
467,7,11:speechModel{467,20,1:
467,21,4:enum[467,27,4:p467,28,7:defaultp467,37,10:phone_callp467,49,5:videop467,56,20:numbers_and_commands
468,7,13:speechTimeout{468,22,2:
468,23,7:integer[468,32,2:p468,33,1:0p468,36,1:~
468,40,4:also[468,46,1:p468,47,4:auto
469,7,7:timeoutp469,16,20:non-negative-integer
470,5,8:children[470,15,3:p470,16,3:Sayp470,21,4:Playp470,27,5:Pause
471,5,4:textp471,11,4:none
Record 860:{482,5,2:
482,5,10:attributes{483,7,14:
483,7,6:actionp483,15,3:url
484,7,11:finishOnKey{484,20,1:
484,21,7:charsetq484,30,12:0123456789#*
485,7,9:maxLengthp485,18,20:non-negative-integer
486,7,6:methodp486,15,11:http-method
487,7,8:playBeepp487,17,7:boolean
488,7,23:recordingStatusCallbackp488,32,3:url
489,7,28:recordingStatusCallbackEvent{489,37,1:
489,38,6:events[489,46,3:p489,47,11:in-progressp489,60,9:completedp489,71,6:absent
490,7,29:recordingStatusCallbackMethodp490,38,11:http-method
491,7,10:storageUrlp491,19,3:url
492,7,16:storageUrlMethod{492,25,1:
492,26,4:enum[492,32,2:p492,33,4:POSTp492,39,3:PUT
493,7,7:timeoutp493,16,20:non-negative-integer
494,7,10:transcribep494,19,7:boolean
495,7,18:transcribeCallbackp495,27,3:url
496,7,4:trim{496,13,1:
496,14,4:enum[496,20,2:p496,21,12:trim-silencep496,35,11:do-not-trim
497,5,4:textp497,11,4:none
Enqueue 286:{506,5,3:
506,5,10:attributes{507,7,5:
507,7,6:actionp507,15,3:url
508,7,6:methodp508,15,11:http-method
509,7,7:waitUrlp509,16,3:url
510,7,13:waitUrlMethodp510,22,11:http-method
511,7,11:workflowSidp511,20,6:string
512,5,8:children[512,15,1:p512,16,4:Task
513,5,4:textp513,11,8:required
Task 160:{521,5,2:
521,5,10:attributes{522,7,2:
522,7,8:priorityp522,17,20:non-negative-integer
523,7,7:timeoutp523,16,16:positive-integer
524,5,4:textp524,11,8:required
Leave 36:{531,5,1:
531,5,4:textp531,11,4:none
Hangup 36:{538,5,1:
538,5,4:textp538,11,4:none
Redirect 101:{547,5,2:
547,5,10:attributes{548,7,1:
548,7,6:methodp548,15,11:http-method
549,5,4:textp549,11,3:url
Reject 146:{558,5,2:
558,5,10:attributes{559,7,1:
559,7,6:reason{559,15,1:
559,16,4:enum[559,22,2:p559,23,8:rejectedp559,33,4:busy
560,5,4:textp560,11,4:none
Connect 241:{568,5,3:
568,5,10:attributes{569,7,2:
569,7,6:actionp569,15,3:url
570,7,6:methodp570,15,11:http-method
573,5,8:children[573,15,5:p573,16,4:Roomp573,22,6:Streamp573,30,12:VirtualAgentp573,44,2:AIp573,48,9:Autopilot
574,5,4:textp574,11,4:none
Room 114:{585,5,2:
585,5,10:attributes{586,7,1:
586,7,19:participantIdentityp586,28,6:string
587,5,4:textp587,11,8:required
VirtualAgent 218:{594,5,2:
594,5,10:attributes{595,7,4:
595,7,13:connectorNamep595,22,6:string
596,7,8:languagep596,17,6:string
597,7,17:sentimentAnalysisp597,26,7:boolean
598,7,14:statusCallbackp598,23,3:url
599,5,4:textp599,11,4:none
AI 72:{609,5,2:
609,5,10:attributesp609,17,3:any
610,5,8:childrenp610,15,3:any
Autopilot 40:{619,5,1:
619,5,4:textp619,11,8:required
Denoise 40:{626,5,1:
626,5,4:textp626,11,8:required
Echo 142:{635,5,2:
635,5,10:attributes{636,7,1:
636,7,7:timeout{636,16,1:
636,17,7:integer[636,26,2:p636,27,1:5p636,30,3:120
637,5,4:textp637,11,4:none
Pay 1361:{644,5,3:
644,5,10:attributes{645,7,19:
645,7,6:actionp645,15,3:url
646,7,15:bankAccountType{646,24,1:
646,25,4:enum[646,31,4:p646,32,17:consumer-checkingp646,51,16:consumer-savingsp646,69,19:commercial-checkingp646,90,18:commercial-savings
647,7,12:chargeAmountp647,21,6:string
648,7,8:currencyp648,17,6:string
649,7,11:descriptionp649,20,6:string
650,7,5:input{650,14,1:
650,15,4:enum[650,21,1:p650,22,4:dtmf
651,7,8:languagep651,17,6:string
652,7,11:maxAttempts{652,20,1:
652,21,7:integer[652,30,2:p652,31,1:1p652,34,1:3
653,7,19:minPostalCodeLengthp653,28,20:non-negative-integer
655,7,16:paymentConnectorp655,25,6:string
656,7,19:paymentConnectorUrlp656,28,3:url
657,7,13:paymentMethod{657,22,1:
657,23,4:enum[657,29,2:p657,30,11:credit-cardp657,43,9:ach-debit
658,7,10:postalCodep658,19,6:string
659,7,12:securityCodep659,21,7:boolean
660,7,14:statusCallbackp660,23,3:url
661,7,20:statusCallbackMethodp661,29,11:http-method
662,7,7:timeoutp662,16,16:positive-integer
663,7,9:tokenType{663,18,1:
663,19,4:enum[663,25,2:p663,26,8:one-timep663,36,8:reusable
664,7,14:validCardTypes{664,23,1:
664,24,5:words[664,31,9:p664,32,4:visap664,38,10:mastercardp664,50,4:amexp664,56,7:maestrop664,65,8:discoverp664,75,6:optimap664,83,3:jcbp664,88,11:diners-clubp664,101,7:enroute
665,5,8:children[665,15,2:p665,16,6:Promptp665,24,9:Parameter
666,5,4:textp666,11,4:none
Prompt 1089:{678,5,3:
678,5,10:attributes{679,7,5:
679,7,3:for{679,12,1:
679,13,4:enum[679,19,7:p679,20,19:payment-card-numberp679,41,15:expiration-datep679,58,13:security-codep679,73,11:postal-codep679,86,19:bank-routing-numberp679,107,19:bank-account-numberp679,128,18:payment-processing
680,7,7:attempt{680,16,1:
680,17,5:words[680,24,10:q680,25,1:1q680,30,1:2q680,35,1:3q680,40,1:4q680,45,1:5q680,50,1:6q680,55,1:7q680,60,1:8q680,65,1:9q680,70,2:10
681,7,8:cardType{681,17,1:
681,18,5:words[681,25,9:p681,26,4:visap681,32,10:mastercardp681,44,4:amexp681,50,7:maestrop681,59,8:discoverp681,69,6:optimap681,77,3:jcbp681,82,11:diners-clubp681,95,7:enroute
682,7,9:errorType{682,18,1:
682,19,5:words[682,26,9:p682,27,7:timeoutp682,36,19:invalid-card-numberp682,57,17:invalid-card-typep682,76,12:invalid-datep682,90,21:invalid-security-codep682,113,27:invalid-bank-routing-numberp682,142,27:invalid-bank-account-numberp682,171,21:input-matching-failedp682,194,14:internal-error
683,7,4:namep683,13,6:string
684,5,8:children[684,15,3:p684,16,3:Sayp684,21,4:Playp684,27,5:Pause
685,5,4:textp685,11,4:none
Sms 227:{695,5,2:
695,5,10:attributes{696,7,5:
696,7,6:actionp696,15,3:url
697,7,4:fromp697,13,6:string
698,7,6:methodp698,15,11:http-method
699,7,14:statusCallbackp699,23,3:url
700,7,2:top700,11,6:string
701,5,4:textp701,11,8:required
"""#),
        ("Rules/dialects/texml.yml",
#"""
{18,1,4:
18,1,7:dialectp18,10,5:texml
19,1,5:titlep19,8,12:Telnyx TeXML
20,1,6:sourcep20,9,71:https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs
21,1,5:rules{24,3,4:
24,3,13:sip-max-countq24,18,3:off
26,3,19:sip-exclusive-nounsq26,24,3:off
30,3,13:sip-transport{30,18,1:
30,19,7:allowed[30,28,3:p30,29,3:udpp30,34,3:tcpp30,39,3:tls
33,3,21:status-callback-event{33,26,1:
33,27,7:allowed[33,36,6:p33,37,9:initiatedp33,48,7:ringingp33,57,8:answeredp33,67,3:amdp33,72,4:dtmfp33,78,9:completed
"""#,
#"""
Response Dial Number Sip Queue Conference Enqueue Leave Hangup Pause Play Say Gather Record Redirect Reject Refer Start Stop Connect Stream Parameter Transcription Suppression Siprec Recording AIAssistant ConversationRelay Language AIGather Greeting Voice Parameters MessageHistory Message InterruptionSettings Assistant Tools Tool HttpRequest Pay Prompt action method callerId fromDisplayName hangupOnStar timeout timeLimit record recordingChannels recordMaxLength recordingStatusCallback recordingStatusCallbackMethod recordingStatusCallbackEvent sendRecordingUrl ringTone audioUrl answerOnBridge sequential passDiversionHeader machineDetectionSpeechThreshold machineDetectionSpeechEndThreshold machineDetectionSilenceTimeout statusCallback statusCallbackEvent statusCallbackMethod url method sendDigits machineDetection detectionMode machineDetectionTimeout machineDetectionPromptEndTimeout machineDetectionBeepProfile amdStatusCallback deepfakeDetection deepfakeDetectionCallbackUrl sipRegion username password statusCallback statusCallbackEvent statusCallbackMethod url method machineDetection detectionMode machineDetectionTimeout machineDetectionPromptEndTimeout machineDetectionBeepProfile amdStatusCallback sipRegion url method muted startConferenceOnEnter endConferenceOnExit maxParticipants beep participantLabel record recordBeep recordingStatusCallback recordingStatusCallbackEvent recordingStatusCallbackMethod recordingTimeout trim sendRecordingUrl statusCallback statusCallbackMethod statusCallbackEvent waitUrl waitMethod action method waitUrl waitUrlMethod maxWaitTimeSecs length loop mediaStorage digits failoverUrl continueOnError ringTone voice language loop gender effect voiceSpeed api_key_ref region pronunciationDictId languageBoost action timeout input speechTimeout partialResultCallback partialResultCallbackMethod profanityFilter useEnhanced hints keyterms smartFormat transcriptionEngine model apiKeyRef region finishOnKey numDigits language validDigits invalidDigitsAction minDigits maxDigits action method finishOnKey timeout maxLength playBeep trim channels recordingStatusCallback recordingStatusCallbackMethod recordingStatusCallbackEvent transcription transcriptionCallback transcriptionEngine transcriptionModel transcriptionLanguage format method reason action method action method url track name codec bidirectionalMode bidirectionalCodec bidirectionalSamplingRate statusCallback statusCallbackMethod enableReconnect name value language interimResults transcriptionEngine transcriptionTracks transcriptionCallback transcriptionCallbackMethod model hints keyterms smartFormat apiKeyRef region direction noiseSuppressionEngine model suppressionLevel family size enhancementLevel connectorName statusCallback statusCallbackMethod track name includeMetadataCustomHeaders secure sessionTimeoutSecs recordingStatusCallback recordingStatusCallbackMethod recordingStatusCallbackEvent channels track trim format id join participantName participantRole url welcomeGreeting voice language transcriptionProvider interruptible welcomeGreetingInterruptible dtmfDetection backgroundAudioType backgroundAudioValue code ttsProvider voice transcriptionProvider speechModel backgroundAudioType backgroundAudioValue action method name api_key_ref voice_speed role async action action method statusCallback statusCallbackMethod paymentConnector chargeAmount currency paymentToken paymentMethod transactionType description maxAttempts timeout interDigitTimeout voice language serviceLevel parameters prompts metadata postalCode minPostalCodeLength validCardTypes for attempt errorType cardType
Response 332:{41,5,2:
41,5,8:children[41,15,18:p41,16,8:AIGatherp41,26,7:Connectp41,35,4:Dialp41,41,7:Enqueuep41,50,6:Gatherp41,58,6:Hangupp41,66,11:HttpRequestp41,79,5:Leavep41,86,5:Pausep41,93,3:Payp41,98,4:Playp41,104,6:Recordp41,112,8:Redirectp41,122,5:Referp41,129,6:Rejectp41,137,3:Sayp41,142,5:Startp41,149,4:Stop
42,5,4:textp42,11,4:none
Dial 1968:{51,5,3:
51,5,10:attributes{52,7,22:
52,7,6:actionp52,15,3:url
53,7,6:methodp53,15,11:http-method
54,7,8:callerIdp54,17,9:caller-id
55,7,15:fromDisplayNamep55,24,6:string
56,7,12:hangupOnStarp56,21,7:boolean
57,7,7:timeout{57,16,1:
57,17,7:integer[57,26,2:p57,27,1:5p57,30,3:120
58,7,9:timeLimit{58,18,1:
58,19,7:integer[58,28,2:p58,29,2:60p58,33,5:14400
59,7,6:record{59,15,1:
59,16,4:enum[59,22,5:p59,23,13:do-not-recordp59,38,18:record-from-answerp59,58,19:record-from-ringingp59,79,23:record-from-answer-dualp59,104,24:record-from-ringing-dual
60,7,17:recordingChannels{60,26,1:
60,27,4:enum[60,33,2:p60,34,6:singlep60,42,4:dual
61,7,15:recordMaxLength{61,24,1:
61,25,7:integer[61,34,2:p61,35,1:0p61,38,5:14400
62,7,23:recordingStatusCallbackp62,32,3:url
63,7,29:recordingStatusCallbackMethodp63,38,11:http-method
64,7,28:recordingStatusCallbackEvent{64,37,1:
64,38,6:events[64,46,3:p64,47,11:in-progressp64,60,9:completedp64,71,6:absent
65,7,16:sendRecordingUrlp65,25,7:boolean
66,7,8:ringTone{66,17,1:
66,18,4:enum[66,24,40:p66,25,2:atp66,29,2:aup66,33,2:bgp66,37,2:brp66,41,2:bep66,45,2:chp66,49,2:clp66,53,2:cnp66,57,2:czp66,61,2:dep66,65,2:dkp66,69,2:eep66,73,2:esp66,77,2:fip66,81,2:frp66,85,2:grp66,89,2:hup66,93,2:ilp66,97,2:inp66,101,2:itp66,105,2:ltp66,109,2:jpp66,113,2:mxp66,117,2:myp66,121,2:nlq66,125,2:nop66,131,2:nzp66,135,2:php66,139,2:plp66,143,2:ptp66,147,2:rup66,151,2:sep66,155,2:sgp66,159,2:thp66,163,2:twp66,167,2:vep66,171,2:zap66,175,2:usp66,179,6:us-oldp66,187,2:uk
67,7,8:audioUrlp67,17,3:url
68,7,14:answerOnBridgep68,23,7:boolean
69,7,10:sequentialp69,19,7:boolean
70,7,19:passDiversionHeaderp70,28,7:boolean
71,7,31:machineDetectionSpeechThresholdp71,40,20:non-negative-integer
72,7,34:machineDetectionSpeechEndThresholdp72,43,20:non-negative-integer
73,7,30:machineDetectionSilenceTimeoutp73,39,20:non-negative-integer
75,5,8:children[75,15,4:p75,16,6:Numberp75,24,3:Sipp75,29,5:Queuep75,36,10:Conference
77,5,4:textp77,11,8:optional
Number 1252:{88,5,2:
88,5,10:attributes{89,7,15:
89,7,14:statusCallbackp89,23,3:url
90,7,19:statusCallbackEvent{90,28,1:
90,29,6:events[90,37,7:p90,38,9:initiatedp90,49,7:ringingp90,58,8:answeredp90,68,3:amdp90,73,4:dtmfp90,79,8:deepfakep90,89,9:completed
91,7,20:statusCallbackMethodp91,29,11:http-method
92,7,3:urlp92,12,3:url
93,7,6:methodp93,15,11:http-method
94,7,10:sendDigits{94,19,1:
94,20,7:charsetq94,29,13:0123456789#*w
95,7,16:machineDetection{95,25,1:
95,26,4:enum[95,32,3:p95,33,6:Enablep95,41,16:DetectMessageEndp95,59,7:Disable
96,7,13:detectionMode{96,22,1:
96,23,4:enum[96,29,3:p96,30,7:Regularp96,39,7:Premiump96,48,20:PremiumCallScreening
97,7,23:machineDetectionTimeout{97,32,1:
97,33,7:integer[97,42,2:p97,43,3:500p97,48,5:60000
98,7,32:machineDetectionPromptEndTimeout{98,41,1:
98,42,7:integer[98,51,2:p98,52,4:1000p98,58,6:120000
100,7,27:machineDetectionBeepProfile{100,36,1:
100,37,4:enum[100,43,2:p100,44,4:bothp100,50,9:freq_only
101,7,17:amdStatusCallbackp101,26,3:url
102,7,17:deepfakeDetectionp102,26,6:string
103,7,28:deepfakeDetectionCallbackUrlp103,37,3:url
104,7,9:sipRegion{104,18,1:
104,19,4:enum[104,25,5:p104,26,2:USp104,30,6:Europep104,38,6:Canadap104,46,9:Australiap104,57,11:Middle East
105,5,4:textp105,11,12:phone-number
Sip 1178:{114,5,2:
114,5,10:attributes{115,7,14:
115,7,8:usernamep115,17,6:string
116,7,8:passwordp116,17,6:string
117,7,14:statusCallbackp117,23,3:url
118,7,19:statusCallbackEvent{118,28,1:
118,29,6:events[118,37,6:p118,38,9:initiatedp118,49,7:ringingp118,58,8:answeredp118,68,3:amdp118,73,4:dtmfp118,79,9:completed
119,7,20:statusCallbackMethodp119,29,11:http-method
120,7,3:urlp120,12,3:url
121,7,6:methodp121,15,11:http-method
122,7,16:machineDetection{122,25,1:
122,26,4:enum[122,32,3:p122,33,6:Enablep122,41,16:DetectMessageEndp122,59,7:Disable
123,7,13:detectionMode{123,22,1:
123,23,4:enum[123,29,3:p123,30,7:Regularp123,39,7:Premiump123,48,20:PremiumCallScreening
124,7,23:machineDetectionTimeout{124,32,1:
124,33,7:integer[124,42,2:p124,43,3:500p124,48,5:60000
125,7,32:machineDetectionPromptEndTimeout{125,41,1:
125,42,7:integer[125,51,2:p125,52,4:1000p125,58,6:120000
127,7,27:machineDetectionBeepProfile{127,36,1:
127,37,4:enum[127,43,2:p127,44,4:bothp127,50,9:freq_only
128,7,17:amdStatusCallbackp128,26,3:url
129,7,9:sipRegion{129,18,1:
129,19,4:enum[129,25,5:p129,26,2:USp129,30,6:Europep129,38,6:Canadap129,46,9:Australiap129,57,11:Middle East
131,5,8:children[131,15,0:
Queue 131:{141,5,2:
141,5,10:attributes{142,7,2:
142,7,3:urlp142,12,3:url
143,7,6:methodp143,15,11:http-method
144,5,4:textp144,11,8:required
Conference 1332:{153,5,2:
153,5,10:attributes{154,7,19:
154,7,5:mutedp154,14,7:boolean
155,7,22:startConferenceOnEnterp155,31,7:boolean
156,7,19:endConferenceOnExitp156,28,7:boolean
157,7,15:maxParticipants{157,24,1:
157,25,7:integer[157,34,2:p157,35,1:2p157,38,3:250
158,7,4:beep{158,13,1:
158,14,4:enum[158,20,4:q158,21,4:trueq158,29,5:falsep158,38,7:onEnterp158,47,6:onExit
159,7,16:participantLabelp159,25,6:string
160,7,6:record{160,15,1:
160,16,4:enum[160,22,2:p160,23,13:do-not-recordp160,38,17:record-from-start
161,7,10:recordBeepp161,19,7:boolean
162,7,23:recordingStatusCallbackp162,32,3:url
163,7,28:recordingStatusCallbackEvent{163,37,1:
163,38,6:events[163,46,3:p163,47,11:in-progressp163,60,9:completedp163,71,6:absent
164,7,29:recordingStatusCallbackMethodp164,38,11:http-method
165,7,16:recordingTimeout{165,25,1:
165,26,7:integer[165,35,2:p165,36,1:0p165,39,5:14400
166,7,4:trim{166,13,1:
166,14,4:enum[166,20,2:p166,21,12:trim-silencep166,35,11:do-not-trim
167,7,16:sendRecordingUrlp167,25,7:boolean
168,7,14:statusCallbackp168,23,3:url
169,7,20:statusCallbackMethodp169,29,11:http-method
170,7,19:statusCallbackEvent{170,28,1:
170,29,6:events[170,37,5:p170,38,5:startp170,45,3:endp170,50,4:joinp170,56,5:leavep170,63,7:speaker
171,7,7:waitUrlp171,16,3:url
172,7,10:waitMethodp172,19,11:http-method
173,5,4:textp173,11,8:required
Enqueue 260:{182,5,2:
182,5,10:attributes{183,7,5:
183,7,6:actionp183,15,3:url
184,7,6:methodp184,15,11:http-method
185,7,7:waitUrlp185,16,3:url
186,7,13:waitUrlMethodp186,22,11:http-method
187,7,15:maxWaitTimeSecsp187,24,16:positive-integer
189,5,4:textp189,11,8:optional
Leave 36:{199,5,1:
199,5,4:textp199,11,4:none
Hangup 36:{207,5,1:
207,5,4:textp207,11,4:none
Pause 141:{216,5,2:
216,5,10:attributes{217,7,1:
217,7,6:length{217,15,1:
217,16,7:integer[217,25,2:p217,26,1:1p217,29,3:180
218,5,4:textp218,11,4:none
Play 919:{226,5,3:
226,5,10:attributes{227,7,6:
227,7,4:loopp227,13,20:non-negative-integer
228,7,12:mediaStoragep228,21,7:boolean
229,7,6:digits{229,15,1:
229,16,7:charsetq229,25,13:0123456789#*w
231,7,11:failoverUrlp231,20,6:string
232,7,15:continueOnErrorp232,24,7:boolean
233,7,8:ringTone{233,17,1:
233,18,4:enum[233,24,40:p233,25,2:atp233,29,2:aup233,33,2:bgp233,37,2:brp233,41,2:bep233,45,2:chp233,49,2:clp233,53,2:cnp233,57,2:czp233,61,2:dep233,65,2:dkp233,69,2:eep233,73,2:esp233,77,2:fip233,81,2:frp233,85,2:grp233,89,2:hup233,93,2:ilp233,97,2:inp233,101,2:itp233,105,2:ltp233,109,2:jpp233,113,2:mxp233,117,2:myp233,121,2:nlq233,125,2:nop233,131,2:nzp233,135,2:php233,139,2:plp233,143,2:ptp233,147,2:rup233,151,2:sep233,155,2:sgp233,159,2:thp233,163,2:twp233,167,2:vep233,171,2:zap233,175,2:usp233,179,6:us-oldp233,187,2:uk
235,5,4:textp235,11,8:required
236,5,11:text-unless[236,18,2:p236,19,6:digitsp236,27,8:ringTone
Say 593:{245,5,3:
245,5,10:attributes{246,7,10:
246,7,5:voicep246,14,6:string
247,7,8:languagep247,17,6:string
248,7,4:loop{248,13,1:
248,14,7:integer[248,23,2:p248,24,1:0p248,27,2:10
249,7,6:gender{249,15,1:
249,16,4:enum[249,22,2:p249,23,4:Malep249,29,6:Female
250,7,6:effect{250,15,1:
250,16,4:enum[250,22,2:p250,23,14:eq_telecomhp8kp250,39,6:eq_car
251,7,10:voiceSpeedp251,19,6:string
252,7,11:api_key_refp252,20,6:string
253,7,6:regionp253,15,6:string
254,7,19:pronunciationDictIdp254,28,6:string
255,7,13:languageBoostp255,22,6:string
258,5,8:childrenp258,15,3:any
259,5,4:textp259,11,8:required
Gather 1448:{268,5,3:
268,5,10:attributes{269,7,22:
269,7,6:actionp269,15,3:url
270,7,7:timeout{270,16,1:
270,17,7:integer[270,26,2:p270,27,1:1p270,30,3:120
271,7,5:input{271,14,1:
271,15,5:words[271,22,2:p271,23,4:dtmfp271,29,6:speech
272,7,13:speechTimeoutp272,22,6:string
273,7,21:partialResultCallbackp273,30,3:url
274,7,27:partialResultCallbackMethodp274,36,11:http-method
275,7,15:profanityFilterp275,24,7:boolean
276,7,11:useEnhancedp276,20,7:boolean
277,7,5:hintsp277,14,6:string
278,7,8:keytermsp278,17,6:string
279,7,11:smartFormatp279,20,7:boolean
281,7,19:transcriptionEngine{281,28,1:
281,29,4:enum[281,35,14:p281,36,6:Googlep281,44,6:Telnyxp281,52,5:Azurep281,59,8:Deepgramp281,69,3:xAIp281,74,10:AssemblyAIp281,86,6:Sonioxp281,94,12:Speechmaticsp281,108,8:Parakeetp281,118,6:Humainp281,126,6:Reson8p281,134,6:Coherep281,142,6:googlep281,150,6:telnyx
282,7,5:modelp282,14,6:string
283,7,9:apiKeyRefp283,18,6:string
284,7,6:regionp284,15,6:string
285,7,11:finishOnKey{285,20,1:
285,21,7:charsetq285,30,12:0123456789#*
286,7,9:numDigitsp286,18,16:positive-integer
287,7,8:languagep287,17,6:string
288,7,11:validDigits{288,20,1:
288,21,7:charsetq288,30,12:0123456789#*
289,7,19:invalidDigitsActionp289,28,3:url
290,7,9:minDigits{290,18,1:
290,19,7:integer[290,28,2:p290,29,1:1p290,32,3:128
291,7,9:maxDigits{291,18,1:
291,19,7:integer[291,28,2:p291,29,1:1p291,32,3:128
292,5,8:children[292,15,2:p292,16,3:Sayp292,21,4:Play
293,5,4:textp293,11,4:none
Record 1108:{302,5,2:
302,5,10:attributes{303,7,17:
303,7,6:actionp303,15,3:url
304,7,6:methodp304,15,11:http-method
305,7,11:finishOnKey{305,20,1:
305,21,7:charsetq305,30,12:0123456789#*
306,7,7:timeoutp306,16,20:non-negative-integer
307,7,9:maxLength{307,18,1:
307,19,7:integer[307,28,2:p307,29,1:0p307,32,5:14400
308,7,8:playBeepp308,17,7:boolean
309,7,4:trim{309,13,1:
309,14,4:enum[309,20,1:p309,21,12:trim-silence
310,7,8:channels{310,17,1:
310,18,4:enum[310,24,2:p310,25,6:singlep310,33,4:dual
311,7,23:recordingStatusCallbackp311,32,3:url
312,7,29:recordingStatusCallbackMethodp312,38,11:http-method
313,7,28:recordingStatusCallbackEvent{313,37,1:
313,38,6:events[313,46,2:p313,47,11:in-progressp313,60,9:completed
314,7,13:transcriptionp314,22,7:boolean
315,7,21:transcriptionCallbackp315,30,3:url
316,7,19:transcriptionEngine{316,28,1:
316,29,4:enum[316,35,4:p316,36,1:Ap316,39,1:Bp316,42,8:Deepgramp316,52,8:deepgram
317,7,18:transcriptionModelp317,27,6:string
318,7,21:transcriptionLanguagep318,30,6:string
319,7,6:format{319,15,1:
319,16,4:enum[319,22,2:p319,23,3:mp3p319,28,3:wav
320,5,4:textp320,11,4:none
Redirect 101:{329,5,2:
329,5,10:attributes{330,7,1:
330,7,6:methodp330,15,11:http-method
331,5,4:textp331,11,3:url
Reject 146:{340,5,2:
340,5,10:attributes{341,7,1:
341,7,6:reason{341,15,1:
341,16,4:enum[341,22,2:p341,23,8:rejectedp341,33,4:busy
342,5,4:textp342,11,4:none
Refer 170:{350,5,3:
350,5,10:attributes{351,7,2:
351,7,6:actionp351,15,3:url
352,7,6:methodp352,15,11:http-method
353,5,8:children[353,15,1:p353,16,3:Sip
354,5,4:textp354,11,4:none
Start 160:{363,5,2:
363,5,8:children[363,15,5:p363,16,6:Streamp363,24,13:Transcriptionp363,39,11:Suppressionp363,52,6:Siprecp363,60,9:Recording
364,5,4:textp364,11,4:none
Stop 141:{373,5,2:
373,5,8:children[373,15,4:p373,16,6:Streamp373,24,13:Transcriptionp373,39,11:Suppressionp373,52,6:Siprec
374,5,4:textp374,11,4:none
Connect 223:{382,5,3:
382,5,10:attributes{383,7,2:
383,7,6:actionp383,15,3:url
384,7,6:methodp384,15,11:http-method
385,5,8:children[385,15,3:p385,16,6:Streamp385,24,17:ConversationRelayp385,43,11:AIAssistant
386,5,4:textp386,11,4:none
Stream 890:{394,5,3:
394,5,10:attributes{396,7,10:
396,7,3:urlp396,12,6:string
397,7,5:track{397,14,1:
397,15,4:enum[397,21,3:p397,22,13:inbound_trackp397,37,14:outbound_trackp397,53,11:both_tracks
398,7,4:namep398,13,6:string
399,7,5:codec{399,14,1:
399,15,4:enum[399,21,6:p399,22,4:PCMUp399,28,4:PCMAp399,34,4:G722p399,40,4:OPUSp399,46,6:AMR-WBp399,54,7:default
400,7,17:bidirectionalMode{400,26,1:
400,27,4:enum[400,33,2:p400,34,3:mp3p400,39,3:rtp
401,7,18:bidirectionalCodec{401,27,1:
401,28,4:enum[401,34,5:p401,35,4:PCMUp401,41,4:PCMAp401,47,4:G722p401,53,4:OPUSp401,59,6:AMR-WB
402,7,25:bidirectionalSamplingRate{402,34,1:
402,35,4:enum[402,41,3:q402,42,4:8000q402,50,5:16000q402,59,5:24000
403,7,14:statusCallbackp403,23,3:url
404,7,20:statusCallbackMethodp404,29,11:http-method
405,7,15:enableReconnectp405,24,7:boolean
406,5,8:children[406,15,1:p406,16,9:Parameter
407,5,4:textp407,11,4:none
Parameter 124:{416,5,2:
416,5,10:attributes{417,7,2:
417,7,4:namep417,13,6:string
418,7,5:valuep418,14,6:string
419,5,4:textp419,11,4:none
Transcription 847:{427,5,2:
427,5,10:attributes{428,7,12:
428,7,8:languagep428,17,6:string
429,7,14:interimResultsp429,23,7:boolean
430,7,19:transcriptionEngine{430,28,1:
430,29,4:enum[430,35,14:p430,36,6:Googlep430,44,6:Telnyxp430,52,8:Deepgramp430,62,5:Azurep430,69,3:xAIp430,74,10:AssemblyAIp430,86,6:Sonioxp430,94,12:Speechmaticsp430,108,8:Parakeetp430,118,6:Humainp430,126,6:Reson8p430,134,6:Coherep430,142,1:Ap430,145,1:B
431,7,19:transcriptionTracks{431,28,1:
431,29,4:enum[431,35,3:p431,36,7:inboundp431,45,8:outboundp431,55,4:both
432,7,21:transcriptionCallbackp432,30,3:url
433,7,27:transcriptionCallbackMethodp433,36,11:http-method
434,7,5:modelp434,14,6:string
435,7,5:hintsp435,14,6:string
436,7,8:keytermsp436,17,6:string
437,7,11:smartFormatp437,20,7:boolean
438,7,9:apiKeyRefp438,18,6:string
439,7,6:regionp439,15,6:string
440,5,4:textp440,11,4:none
Suppression 586:{448,5,2:
448,5,10:attributes{449,7,7:
449,7,9:direction{449,18,1:
449,19,4:enum[449,25,3:p449,26,7:inboundp449,35,8:outboundp449,45,4:both
450,7,22:noiseSuppressionEngine{450,31,1:
450,32,4:enum[450,38,4:p450,39,8:Denoiserp450,49,13:DeepFilterNetp450,64,5:Krispp450,71,10:AiCoustics
451,7,5:modelp451,14,6:string
452,7,16:suppressionLevelp452,25,6:string
454,7,6:family{454,15,1:
454,16,4:enum[454,22,2:p454,23,7:sparrowp454,32,5:quail
455,7,4:size{455,13,1:
455,14,4:enum[455,20,3:p455,21,1:sp455,24,1:lp455,27,2:vf
456,7,16:enhancementLevelp456,25,6:string
457,5,4:textp457,11,4:none
Siprec 601:{465,5,3:
465,5,10:attributes{466,7,8:
466,7,13:connectorNamep466,22,6:string
467,7,14:statusCallbackp467,23,3:url
468,7,20:statusCallbackMethodp468,29,11:http-method
469,7,5:track{469,14,1:
469,15,4:enum[469,21,3:p469,22,13:inbound_trackp469,37,14:outbound_trackp469,53,11:both_tracks
470,7,4:namep470,13,6:string
471,7,28:includeMetadataCustomHeadersp471,37,7:boolean
472,7,6:securep472,15,7:boolean
474,7,18:sessionTimeoutSecs{474,27,2:
474,28,7:integer[474,37,2:p474,38,2:90p474,42,5:14440
474,50,4:also[474,56,1:q474,57,1:0
476,5,8:children[476,15,1:p476,16,9:Parameter
477,5,4:textp477,11,4:none
Recording 640:{485,5,2:
485,5,10:attributes{486,7,7:
486,7,23:recordingStatusCallbackp486,32,3:url
487,7,29:recordingStatusCallbackMethodp487,38,11:http-method
488,7,28:recordingStatusCallbackEvent{488,37,1:
488,38,6:events[488,46,3:p488,47,11:in-progressp488,60,9:completedp488,71,6:absent
489,7,8:channels{489,17,1:
489,18,4:enum[489,24,3:p489,25,4:monop489,31,6:singlep489,39,4:dual
490,7,5:track{490,14,1:
490,15,4:enum[490,21,3:p490,22,7:inboundp490,31,8:outboundp490,41,4:both
491,7,4:trim{491,13,1:
491,14,4:enum[491,20,1:p491,21,12:trim-silence
492,7,6:format{492,15,1:
492,16,4:enum[492,22,2:p492,23,3:mp3p492,28,3:wav
493,5,4:textp493,11,4:none
AIAssistant 254:{501,5,2:
501,5,10:attributes{502,7,4:
502,7,2:idp502,11,6:string
503,7,4:joinp503,13,6:string
504,7,15:participantNamep504,24,6:string
505,7,15:participantRole{505,24,1:
505,25,4:enum[505,31,2:p505,32,4:userp505,38,9:assistant
506,5,4:textp506,11,4:none
ConversationRelay 778:{514,5,3:
514,5,10:attributes{516,7,10:
516,7,3:urlp516,12,6:string
517,7,15:welcomeGreetingp517,24,6:string
518,7,5:voicep518,14,6:string
519,7,8:languagep519,17,6:string
520,7,21:transcriptionProviderp520,30,6:string
521,7,13:interruptible{521,22,1:
521,23,4:enum[521,29,6:p521,30,4:nonep521,36,3:anyp521,41,6:speechp521,49,4:dtmfq521,55,4:trueq521,63,5:false
522,7,28:welcomeGreetingInterruptible{522,37,1:
522,38,4:enum[522,44,6:p522,45,4:nonep522,51,3:anyp522,56,6:speechp522,64,4:dtmfq522,70,4:trueq522,78,5:false
523,7,13:dtmfDetectionp523,22,7:boolean
524,7,19:backgroundAudioType{524,28,1:
524,29,4:enum[524,35,1:p524,36,9:media_url
525,7,20:backgroundAudioValuep525,29,6:string
526,5,8:children[526,15,2:p526,16,8:Languagep526,26,9:Parameter
527,5,4:textp527,11,4:none
Language 373:{535,5,2:
535,5,10:attributes{536,7,7:
536,7,4:codep536,13,6:string
537,7,11:ttsProviderp537,20,6:string
538,7,5:voicep538,14,6:string
539,7,21:transcriptionProviderp539,30,6:string
540,7,11:speechModelp540,20,6:string
541,7,19:backgroundAudioType{541,28,1:
541,29,4:enum[541,35,1:p541,36,9:media_url
542,7,20:backgroundAudioValuep542,29,6:string
543,5,4:textp543,11,4:none
AIGather 326:{552,5,3:
552,5,10:attributes{553,7,2:
553,7,6:actionp553,15,3:url
554,7,6:methodp554,15,11:http-method
555,5,8:children[555,15,8:p555,16,8:Greetingp555,26,5:Voicep555,33,10:Parametersp555,45,14:MessageHistoryp555,61,20:InterruptionSettingsp555,83,13:Transcriptionp555,98,9:Assistantp555,109,5:Tools
556,5,4:textp556,11,4:none
Greeting 40:{564,5,1:
564,5,4:textp564,11,8:optional
Voice 168:{572,5,2:
572,5,10:attributes{573,7,3:
573,7,4:namep573,13,6:string
574,7,11:api_key_refp574,20,6:string
575,7,11:voice_speedp575,20,6:string
576,5,4:textp576,11,4:none
Parameters 40:{584,5,1:
584,5,4:textp584,11,8:required
MessageHistory 80:{592,5,2:
592,5,8:children[592,15,1:p592,16,7:Message
593,5,4:textp593,11,4:none
Message 149:{601,5,2:
601,5,10:attributes{602,7,1:
602,7,4:role{602,13,1:
602,14,4:enum[602,20,2:p602,21,4:userp602,27,9:assistant
603,5,4:textp603,11,8:required
InterruptionSettings 69:{611,5,2:
611,5,10:attributesp611,17,3:any
612,5,4:textp612,11,4:none
Assistant 111:{621,5,3:
621,5,10:attributesp621,17,3:any
622,5,8:children[622,15,1:p622,16,5:Tools
623,5,4:textp623,11,4:none
Tools 77:{631,5,2:
631,5,8:children[631,15,1:p631,16,4:Tool
632,5,4:textp632,11,4:none
Tool 40:{640,5,1:
640,5,4:textp640,11,8:required
HttpRequest 127:{648,5,2:
648,5,10:attributes{649,7,2:
649,7,5:asyncp649,14,7:boolean
650,7,6:actionp650,15,3:url
654,5,8:childrenp654,15,3:any
Pay 1478:{662,5,3:
662,5,10:attributes{663,7,23:
663,7,6:actionp663,15,3:url
664,7,6:methodp664,15,11:http-method
665,7,14:statusCallbackp665,23,3:url
666,7,20:statusCallbackMethodp666,29,11:http-method
667,7,16:paymentConnectorp667,25,6:string
668,7,12:chargeAmountp668,21,6:string
669,7,8:currency{669,17,1:
669,18,4:enum[669,24,1:p669,25,3:USD
670,7,12:paymentTokenp670,21,6:string
671,7,13:paymentMethod{671,22,1:
671,23,4:enum[671,29,2:p671,30,11:credit-cardp671,43,9:ach-debit
672,7,15:transactionType{672,24,1:
672,25,4:enum[672,31,2:p672,32,6:chargep672,40,8:tokenize
673,7,11:descriptionp673,20,6:string
674,7,11:maxAttempts{674,20,1:
674,21,7:integer[674,30,2:p674,31,1:1p674,34,1:3
675,7,7:timeout{675,16,1:
675,17,7:integer[675,26,2:p675,27,1:1p675,30,3:600
676,7,17:interDigitTimeout{676,26,1:
676,27,7:integer[676,36,2:p676,37,1:1p676,40,3:600
677,7,5:voicep677,14,6:string
678,7,8:languagep678,17,6:string
679,7,12:serviceLevel{679,21,1:
679,22,4:enum[679,28,1:p679,29,7:premium
680,7,10:parametersp680,19,6:string
681,7,7:promptsp681,16,6:string
682,7,8:metadatap682,17,6:string
684,7,10:postalCodep684,19,6:string
685,7,19:minPostalCodeLengthp685,28,16:positive-integer
686,7,14:validCardTypes{686,23,1:
686,24,5:words[686,31,9:p686,32,4:visap686,38,10:mastercardp686,50,4:amexp686,56,7:maestrop686,65,8:discoverp686,75,6:optimap686,83,3:jcbp686,88,11:diners-clubp686,101,7:enroute
687,5,8:children[687,15,2:p687,16,6:Promptp687,24,9:Parameter
688,5,4:textp688,11,4:none
Prompt 413:{696,5,3:
696,5,10:attributes{697,7,4:
697,7,3:for{697,12,1:
697,13,4:enum[697,19,6:p697,20,19:payment-card-numberp697,41,15:expiration-datep697,58,11:postal-codep697,71,13:security-codep697,86,19:bank-routing-numberp697,107,19:bank-account-number
698,7,7:attemptp698,16,6:string
699,7,9:errorTypep699,18,6:string
700,7,8:cardTypep700,17,6:string
701,5,8:children[701,15,1:p701,16,3:Say
702,5,4:textp702,11,4:none
"""#),
        ("Rules/dialects/twilio.yml",
#"""
{16,1,3:
16,1,7:dialectp16,10,6:twilio
17,1,5:titlep17,8,12:Twilio TwiML
18,1,6:sourcep18,9,39:https://www.twilio.com/docs/voice/twiml
"""#,
#"""
Response Dial Sip Uri Headers Header Refer Number Client Identity Parameter Conference Queue Sim Application ApplicationSid WhatsApp Say break emphasis lang p phoneme prosody s say-as sub w amazon:domain amazon:effect Play Pause Gather Record Enqueue Task Leave Hangup Redirect Reject Connect Stream Room VirtualAgent Config Conversation ConversationRelay Language Assistant Autopilot AiSession ConversationRelaySession Start Stop Siprec Transcription Recording Pay Prompt Sms Echo action answerOnBridge callerId callReason events hangupOnStar method record recordingConfigurationId recordingStatusCallback recordingStatusCallbackEvent recordingStatusCallbackMethod recordingTrack referUrl referMethod ringTone sequential timeLimit timeout trim passports username password url method statusCallbackEvent statusCallback statusCallbackMethod machineDetection machineDetectionTimeout machineDetectionSpeechThreshold machineDetectionSpeechEndThreshold machineDetectionSilenceTimeout amdStatusCallback amdStatusCallbackMethod priority weight username password name value action method sendDigits url method statusCallbackEvent statusCallback statusCallbackMethod byoc machineDetection machineDetectionTimeout machineDetectionSpeechThreshold machineDetectionSpeechEndThreshold machineDetectionSilenceTimeout amdStatusCallback amdStatusCallbackMethod url method statusCallbackEvent statusCallback statusCallbackMethod name value muted beep startConferenceOnEnter endConferenceOnExit waitUrl waitMethod maxParticipants record recordingConfigurationId region coach trim statusCallbackEvent statusCallback statusCallbackMethod recordingStatusCallback recordingStatusCallbackMethod recordingStatusCallbackEvent eventCallbackUrl jitterBufferSize participantLabel url method reservationSid postWorkActivitySid url method statusCallbackEvent statusCallback statusCallbackMethod customerId copyParentTo url method statusCallbackEvent statusCallback statusCallbackMethod voice language loop strength time level xml:lang alphabet ph volume rate pitch interpret-as format alias role name name phonation vocal-tract-length loop digits length action actionOnEmptyResult bargeIn debug enhanced finishOnKey hints input language maxSpeechTime method numDigits partialResultCallback partialResultCallbackMethod profanityFilter speechModel speechTimeout timeout action method timeout finishOnKey maxLength playBeep trim recordingStatusCallback recordingStatusCallbackMethod recordingStatusCallbackEvent recordingConfigurationId transcribe transcribeCallback action maxQueueSize method waitUrl waitUrlMethod workflowSid priority timeout method reason action method url name connectorName track statusCallback statusCallbackMethod audioFormat sampleRate participantIdentity connectorName language sentimentAnalysis statusCallback statusCallbackMethod name value serviceInstanceSid inboundAutocreation routingAssignmentTimeout inboundTimeout url method record trim recordingStatusCallback recordingStatusCallbackMethod recordingStatusCallbackEvent statusCallback statusCallbackMethod statusCallbackEvent url language ttsLanguage transcriptionLanguage ttsProvider voice transcriptionProvider speechModel profanityFilter dtmfDetection welcomeGreeting partialPrompts welcomeGreetingInterruptible interruptible preemptible hints intelligenceService reportInputDuringAgentSpeech elevenlabsTextNormalization interruptSensitivity debug backgroundNoiseReduction speechTimeout deepgramSmartFormat ignoreBackchannel events partialPromptOnHangup eagerEotThreshold asrSmartFormat ttsTextNormalization ttsLanguageTextNormalization elevenlabsLanguageTextNormalization includeInPrompt customerName applicationReconnect echoPromptFiltering turnDetection code ttsProvider voice transcriptionProvider speechModel hints asrSmartFormat ttsTextNormalization ttsLanguageTextNormalization id language ttsLanguage transcriptionLanguage ttsProvider voice transcriptionProvider speechModel profanityFilter dtmfDetection welcomeGreeting partialPrompts welcomeGreetingInterruptible interruptible preemptible hints intelligenceService reportInputDuringAgentSpeech elevenlabsTextNormalization interruptSensitivity debug aiConnector aiSessionConfiguration connector sessionConfiguration action method name connectorName track statusCallback statusCallbackMethod name track statusCallbackUrl statusCallbackMethod inboundTrackLabel outboundTrackLabel partialResults languageCode transcriptionEngine profanityFilter speechModel hints enableAutomaticPunctuation intelligenceService recordingStatusCallback recordingStatusCallbackMethod recordingStatusCallbackEvent trim track channels recordingConfigurationId input action bankAccountType statusCallback statusCallbackMethod timeout maxAttempts securityCode postalCode minPostalCodeLength paymentConnector paymentMethod tokenType chargeAmount currency description validCardTypes language for errorType cardType attempt requireMatchingInputs to from action method statusCallback
Response 318:{22,5,2:
22,5,8:children[22,15,18:p22,16,3:Sayp22,21,4:Playp22,27,5:Pausep22,34,6:Gatherp22,42,6:Recordp22,50,4:Dialp22,56,7:Enqueuep22,65,5:Leavep22,72,6:Hangupp22,80,8:Redirectp22,90,6:Rejectp22,98,5:Referp22,105,7:Connectp22,114,5:Startp22,121,4:Stopp22,127,3:Payp22,132,3:Smsp22,137,4:Echo
23,5,4:textp23,11,4:none
Dial 1283:{32,5,2:
32,5,10:attributes{33,7,21:
33,7,6:actionp33,15,3:url
34,7,14:answerOnBridgep34,23,7:boolean
35,7,8:callerIdp35,17,9:caller-id
36,7,10:callReasonp36,19,6:string
37,7,6:eventsp37,15,6:string
38,7,12:hangupOnStarp38,21,7:boolean
39,7,6:methodp39,15,11:http-method
40,7,6:record{40,15,1:
40,16,4:enum[40,22,7:p40,23,13:do-not-recordp40,38,18:record-from-answerp40,58,19:record-from-ringingp40,79,23:record-from-answer-dualp40,104,24:record-from-ringing-dualq40,130,4:trueq40,138,5:false
41,7,24:recordingConfigurationIdp41,33,6:string
42,7,23:recordingStatusCallbackp42,32,3:url
43,7,28:recordingStatusCallbackEventp43,37,6:string
44,7,29:recordingStatusCallbackMethodp44,38,11:http-method
45,7,14:recordingTrack{45,23,1:
45,24,4:enum[45,30,3:p45,31,4:bothp45,37,7:inboundp45,46,8:outbound
46,7,8:referUrlp46,17,3:url
47,7,11:referMethodp47,20,11:http-method
48,7,8:ringTonep48,17,6:string
49,7,10:sequentialp49,19,7:boolean
50,7,9:timeLimitp50,18,16:positive-integer
51,7,7:timeoutp51,16,16:positive-integer
52,7,4:trim{52,13,1:
52,14,4:enum[52,20,2:p52,21,12:trim-silencep52,35,11:do-not-trim
53,7,9:passportsp53,18,6:string
54,5,8:children[54,15,8:p54,16,3:Sipp54,21,6:Numberp54,29,6:Clientp54,37,10:Conferencep54,49,5:Queuep54,56,3:Simp54,61,11:Applicationp54,74,8:WhatsApp
Sip 783:{65,5,2:
65,5,10:attributes{66,7,14:
66,7,8:usernamep66,17,6:string
67,7,8:passwordp67,17,6:string
68,7,3:urlp68,12,3:url
69,7,6:methodp69,15,11:http-method
70,7,19:statusCallbackEventp70,28,6:events
71,7,14:statusCallbackp71,23,3:url
72,7,20:statusCallbackMethodp72,29,11:http-method
73,7,16:machineDetection{73,25,1:
73,26,4:enum[73,32,2:p73,33,6:Enablep73,41,16:DetectMessageEnd
74,7,23:machineDetectionTimeoutp74,32,16:positive-integer
75,7,31:machineDetectionSpeechThresholdp75,40,16:positive-integer
76,7,34:machineDetectionSpeechEndThresholdp76,43,16:positive-integer
77,7,30:machineDetectionSilenceTimeoutp77,39,16:positive-integer
78,7,17:amdStatusCallbackp78,26,3:url
79,7,23:amdStatusCallbackMethodp79,32,11:http-method
80,5,8:children[80,15,2:p80,16,3:Urip80,21,7:Headers
Uri 208:{90,5,2:
90,5,10:attributes{91,7,4:
91,7,8:priorityp91,17,20:non-negative-integer
92,7,6:weightp92,15,16:positive-integer
93,7,8:usernamep93,17,6:string
94,7,8:passwordp94,17,6:string
95,5,8:children[95,15,0:
Headers 109:{103,5,3:
103,5,10:attributes{103,17,0:
104,5,8:children[104,15,1:p104,16,6:Header
105,5,4:textp105,11,4:none
Header 151:{113,5,3:
113,5,10:attributes{114,7,2:
114,7,4:namep114,13,6:string
115,7,5:valuep115,14,6:string
116,5,8:children[116,15,0:
117,5,4:textp117,11,4:none
Refer 170:{125,5,3:
125,5,10:attributes{126,7,2:
126,7,6:actionp126,15,3:url
127,7,6:methodp127,15,11:http-method
128,5,8:children[128,15,1:p128,16,3:Sip
129,5,4:textp129,11,4:none
Number 836:{138,5,2:
138,5,10:attributes{139,7,14:
139,7,10:sendDigits{139,19,1:
139,20,7:charsetq139,29,14:0123456789#*wW
140,7,3:urlp140,12,3:url
141,7,6:methodp141,15,11:http-method
142,7,19:statusCallbackEventp142,28,6:events
143,7,14:statusCallbackp143,23,3:url
144,7,20:statusCallbackMethodp144,29,11:http-method
145,7,4:byocp145,13,6:string
146,7,16:machineDetection{146,25,1:
146,26,4:enum[146,32,2:p146,33,6:Enablep146,41,16:DetectMessageEnd
147,7,23:machineDetectionTimeoutp147,32,16:positive-integer
148,7,31:machineDetectionSpeechThresholdp148,40,16:positive-integer
149,7,34:machineDetectionSpeechEndThresholdp149,43,16:positive-integer
150,7,30:machineDetectionSilenceTimeoutp150,39,16:positive-integer
151,7,17:amdStatusCallbackp151,26,3:url
152,7,23:amdStatusCallbackMethodp152,32,11:http-method
153,5,4:textp153,11,12:phone-number
Client 329:{162,5,3:
162,5,10:attributes{163,7,5:
163,7,3:urlp163,12,3:url
164,7,6:methodp164,15,11:http-method
165,7,19:statusCallbackEventp165,28,6:events
166,7,14:statusCallbackp166,23,3:url
167,7,20:statusCallbackMethodp167,29,11:http-method
168,5,8:children[168,15,2:p168,16,8:Identityp168,26,9:Parameter
171,5,4:textp171,11,8:required
Identity 40:{181,5,1:
181,5,4:textp181,11,8:required
Parameter 124:{191,5,2:
191,5,10:attributes{192,7,2:
192,7,4:namep192,13,6:string
193,7,5:valuep193,14,6:string
194,5,4:textp194,11,4:none
Conference 1502:{203,5,2:
203,5,10:attributes{204,7,21:
204,7,5:mutedp204,14,7:boolean
205,7,4:beep{205,13,1:
205,14,4:enum[205,20,4:q205,21,4:trueq205,29,5:falsep205,38,7:onEnterp205,47,6:onExit
206,7,22:startConferenceOnEnterp206,31,7:boolean
207,7,19:endConferenceOnExitp207,28,7:boolean
209,7,7:waitUrlp209,16,6:string
210,7,10:waitMethodp210,19,11:http-method
211,7,15:maxParticipants{211,24,1:
211,25,7:integer[211,34,2:p211,35,1:1p211,38,3:250
212,7,6:record{212,15,1:
212,16,4:enum[212,22,2:p212,23,13:do-not-recordp212,38,17:record-from-start
213,7,24:recordingConfigurationIdp213,33,6:string
214,7,6:regionp214,15,6:string
215,7,5:coachp215,14,6:string
216,7,4:trim{216,13,1:
216,14,4:enum[216,20,2:p216,21,12:trim-silencep216,35,11:do-not-trim
217,7,19:statusCallbackEvent{217,28,1:
217,29,6:events[217,37,9:p217,38,5:startp217,45,3:endp217,50,4:joinp217,56,5:leavep217,63,4:mutep217,69,4:holdp217,75,6:modifyp217,83,7:speakerp217,92,12:announcement
218,7,14:statusCallbackp218,23,3:url
219,7,20:statusCallbackMethodp219,29,11:http-method
220,7,23:recordingStatusCallbackp220,32,3:url
221,7,29:recordingStatusCallbackMethodp221,38,11:http-method
222,7,28:recordingStatusCallbackEvent{222,37,1:
222,38,6:events[222,46,3:p222,47,11:in-progressp222,60,9:completedp222,71,6:absent
223,7,16:eventCallbackUrlp223,25,3:url
224,7,16:jitterBufferSize{224,25,1:
224,26,4:enum[224,32,4:q224,33,3:offp224,40,5:smallp224,47,6:mediump224,55,5:large
225,7,16:participantLabelp225,25,6:string
227,5,4:textp227,11,8:required
Queue 216:{236,5,2:
236,5,10:attributes{237,7,4:
237,7,3:urlp237,12,3:url
238,7,6:methodp238,15,11:http-method
239,7,14:reservationSidp239,23,6:string
240,7,19:postWorkActivitySidp240,28,6:string
242,5,4:textp242,11,8:required
Sim 40:{251,5,1:
251,5,4:textp251,11,8:required
Application 411:{260,5,3:
260,5,10:attributes{261,7,7:
261,7,3:urlp261,12,3:url
262,7,6:methodp262,15,11:http-method
263,7,19:statusCallbackEventp263,28,6:events
264,7,14:statusCallbackp264,23,3:url
265,7,20:statusCallbackMethodp265,29,11:http-method
266,7,10:customerIdp266,19,6:string
267,7,12:copyParentTop267,21,7:boolean
268,5,8:children[268,15,2:p268,16,14:ApplicationSidp268,32,9:Parameter
269,5,4:textp269,11,8:required
ApplicationSid 40:{278,5,1:
278,5,4:textp278,11,8:required
WhatsApp 270:{286,5,2:
286,5,10:attributes{287,7,5:
287,7,3:urlp287,12,3:url
288,7,6:methodp288,15,11:http-method
289,7,19:statusCallbackEventp289,28,6:events
290,7,14:statusCallbackp290,23,3:url
291,7,20:statusCallbackMethodp291,29,11:http-method
292,5,4:textp292,11,12:phone-number
Say 395:{301,5,3:
301,5,10:attributes{302,7,3:
302,7,5:voicep302,14,6:string
303,7,8:languagep303,17,6:string
304,7,4:loopp304,13,20:non-negative-integer
305,5,8:children[305,15,12:p305,16,5:breakp305,23,8:emphasisp305,33,4:langp305,39,1:pp305,42,7:phonemep305,51,7:prosodyp305,60,1:sp305,63,6:say-asp305,71,3:subp305,76,1:wq305,79,13:amazon:domainq305,96,13:amazon:effect
307,5,4:textp307,11,8:required
break 242:{317,5,2:
317,5,10:attributes{318,7,2:
318,7,8:strength{318,17,1:
318,18,4:enum[318,24,6:p318,25,4:nonep318,31,6:x-weakp318,39,4:weakp318,45,6:mediump318,53,6:strongp318,61,8:x-strong
319,7,4:timep319,13,6:string
320,5,8:childrenp320,15,3:any
emphasis 167:{328,5,2:
328,5,10:attributes{329,7,1:
329,7,5:level{329,14,1:
329,15,4:enum[329,21,3:p329,22,6:strongp329,30,8:moderatep329,40,7:reduced
330,5,8:childrenp330,15,3:any
lang 101:{337,5,2:
337,5,10:attributes{338,7,1:
338,7,8:xml:langp338,19,6:string
339,5,8:childrenp339,15,3:any
p 69:{346,5,2:
346,5,10:attributes{346,17,0:
347,5,8:childrenp347,15,3:any
phoneme 128:{354,5,2:
354,5,10:attributes{355,7,2:
355,7,8:alphabetp355,17,6:string
356,7,2:php356,11,6:string
357,5,8:childrenp357,15,3:any
prosody 158:{365,5,2:
365,5,10:attributes{366,7,3:
366,7,6:volumep366,15,6:string
367,7,4:ratep367,13,6:string
368,7,5:pitchp368,14,6:string
369,5,8:childrenp369,15,3:any
s 69:{376,5,2:
376,5,10:attributes{376,17,0:
377,5,8:childrenp377,15,3:any
say-as 137:{385,5,2:
385,5,10:attributes{386,7,2:
386,7,12:interpret-asp386,21,6:string
387,7,6:formatp387,15,6:string
388,5,8:childrenp388,15,3:any
sub 98:{395,5,2:
395,5,10:attributes{396,7,1:
396,7,5:aliasp396,14,6:string
397,5,8:childrenp397,15,3:any
w 97:{404,5,2:
404,5,10:attributes{405,7,1:
405,7,4:rolep405,13,6:string
406,5,8:childrenp406,15,3:any
amazon:domain 97:{413,5,2:
413,5,10:attributes{414,7,1:
414,7,4:namep414,13,6:string
415,5,8:childrenp415,15,3:any
amazon:effect 175:{423,5,2:
423,5,10:attributes{424,7,3:
424,7,4:namep424,13,6:string
425,7,9:phonationp425,18,6:string
426,7,18:vocal-tract-lengthp426,27,6:string
427,5,8:childrenp427,15,3:any
Play 226:{435,5,3:
435,5,10:attributes{436,7,2:
436,7,4:loopp436,13,20:non-negative-integer
437,7,6:digits{437,15,1:
437,16,7:charsetq437,25,18:0123456789#*wWABCD
439,5,4:textp439,11,3:url
440,5,11:text-unless[440,18,1:p440,19,6:digits
Pause 107:{449,5,2:
449,5,10:attributes{450,7,1:
450,7,6:lengthp450,15,16:positive-integer
451,5,4:textp451,11,4:none
Gather 1001:{459,5,3:
459,5,10:attributes{460,7,18:
460,7,6:actionp460,15,3:url
461,7,19:actionOnEmptyResultp461,28,7:boolean
462,7,7:bargeInp462,16,7:boolean
463,7,5:debugp463,14,7:boolean
464,7,8:enhancedp464,17,7:boolean
465,7,11:finishOnKey{465,20,1:
465,21,7:charsetq465,30,12:0123456789#*
466,7,5:hintsp466,14,6:string
467,7,5:input{467,14,1:
467,15,5:words[467,22,2:p467,23,4:dtmfp467,29,6:speech
468,7,8:languagep468,17,6:string
469,7,13:maxSpeechTimep469,22,16:positive-integer
470,7,6:methodp470,15,11:http-method
471,7,9:numDigitsp471,18,16:positive-integer
472,7,21:partialResultCallbackp472,30,3:url
473,7,27:partialResultCallbackMethodp473,36,11:http-method
474,7,15:profanityFilterp474,24,7:boolean
475,7,11:speechModelp475,20,6:string
476,7,13:speechTimeout{476,22,2:
476,23,7:integer[476,32,2:p476,33,1:0p476,36,1:~
476,40,4:also[476,46,1:p476,47,4:auto
477,7,7:timeoutp477,16,20:non-negative-integer
478,5,8:children[478,15,3:p478,16,3:Sayp478,21,4:Playp478,27,5:Pause
479,5,4:textp479,11,4:none
Record 786:{488,5,2:
488,5,10:attributes{489,7,13:
489,7,6:actionp489,15,3:url
490,7,6:methodp490,15,11:http-method
491,7,7:timeoutp491,16,20:non-negative-integer
492,7,11:finishOnKey{492,20,1:
492,21,7:charsetq492,30,12:0123456789#*
493,7,9:maxLengthp493,18,16:positive-integer
494,7,8:playBeepp494,17,7:boolean
495,7,4:trim{495,13,1:
495,14,4:enum[495,20,2:p495,21,12:trim-silencep495,35,11:do-not-trim
496,7,23:recordingStatusCallbackp496,32,3:url
497,7,29:recordingStatusCallbackMethodp497,38,11:http-method
498,7,28:recordingStatusCallbackEvent{498,37,1:
498,38,6:events[498,46,3:p498,47,11:in-progressp498,60,9:completedp498,71,6:absent
499,7,24:recordingConfigurationIdp499,33,6:string
500,7,10:transcribep500,19,7:boolean
501,7,18:transcribeCallbackp501,27,3:url
502,5,4:textp502,11,4:none
Enqueue 388:{511,5,4:
511,5,10:attributes{512,7,6:
512,7,6:actionp512,15,3:url
513,7,12:maxQueueSizep513,21,16:positive-integer
514,7,6:methodp514,15,11:http-method
515,7,7:waitUrlp515,16,3:url
516,7,13:waitUrlMethodp516,22,11:http-method
517,7,11:workflowSidp517,20,6:string
518,5,8:children[518,15,1:p518,16,4:Task
521,5,4:textp521,11,8:required
522,5,11:text-unless[522,18,1:p522,19,11:workflowSid
Task 146:{532,5,2:
532,5,10:attributes{533,7,2:
533,7,8:priorityp533,17,7:integer
534,7,7:timeoutp534,16,16:positive-integer
535,5,4:textp535,11,8:required
Leave 36:{544,5,1:
544,5,4:textp544,11,4:none
Hangup 82:{552,5,2:
552,5,8:children[552,15,1:p552,16,9:Parameter
553,5,4:textp553,11,4:none
Redirect 101:{563,5,2:
563,5,10:attributes{564,7,1:
564,7,6:methodp564,15,11:http-method
565,5,4:textp565,11,3:url
Reject 192:{574,5,3:
574,5,10:attributes{575,7,1:
575,7,6:reason{575,15,1:
575,16,4:enum[575,22,2:p575,23,8:rejectedp575,33,4:busy
576,5,8:children[576,15,1:p576,16,9:Parameter
577,5,4:textp577,11,4:none
Connect 354:{584,5,3:
584,5,10:attributes{585,7,2:
585,7,6:actionp585,15,3:url
586,7,6:methodp586,15,11:http-method
587,5,8:children[587,15,9:p587,16,17:ConversationRelayp587,35,4:Roomp587,41,6:Streamp587,49,12:VirtualAgentp587,63,12:Conversationp587,77,9:Autopilotp587,88,9:AiSessionp587,99,24:ConversationRelaySessionp587,125,9:Assistant
588,5,4:textp588,11,4:none
Stream 488:{597,5,3:
597,5,10:attributes{598,7,8:
598,7,3:urlp598,12,6:string
599,7,4:namep599,13,6:string
600,7,13:connectorNamep600,22,6:string
601,7,5:track{601,14,1:
601,15,4:enum[601,21,3:p601,22,13:inbound_trackp601,37,14:outbound_trackp601,53,11:both_tracks
602,7,14:statusCallbackp602,23,3:url
603,7,20:statusCallbackMethodp603,29,11:http-method
604,7,11:audioFormatp604,20,6:string
605,7,10:sampleRatep605,19,6:string
606,5,8:children[606,15,1:p606,16,9:Parameter
607,5,4:textp607,11,4:none
Room 114:{615,5,2:
615,5,10:attributes{616,7,1:
616,7,19:participantIdentityp616,28,6:string
617,5,4:textp617,11,8:required
VirtualAgent 332:{624,5,3:
624,5,10:attributes{625,7,5:
625,7,13:connectorNamep625,22,6:string
626,7,8:languagep626,17,6:string
627,7,17:sentimentAnalysisp627,26,7:boolean
628,7,14:statusCallbackp628,23,3:url
629,7,20:statusCallbackMethodp629,29,11:http-method
630,5,8:children[630,15,2:p630,16,6:Configp630,24,9:Parameter
631,5,4:textp631,11,4:none
Config 124:{639,5,2:
639,5,10:attributes{640,7,2:
640,7,4:namep640,13,6:string
641,7,5:valuep641,14,6:string
642,5,4:textp642,11,4:none
Conversation 756:{649,5,2:
649,5,10:attributes{650,7,14:
650,7,18:serviceInstanceSidp650,27,6:string
651,7,19:inboundAutocreationp651,28,7:boolean
652,7,24:routingAssignmentTimeoutp652,33,20:non-negative-integer
653,7,14:inboundTimeoutp653,23,20:non-negative-integer
654,7,3:urlp654,12,3:url
655,7,6:methodp655,15,11:http-method
656,7,6:recordp656,15,6:string
657,7,4:trim{657,13,1:
657,14,4:enum[657,20,2:p657,21,12:trim-silencep657,35,11:do-not-trim
658,7,23:recordingStatusCallbackp658,32,3:url
659,7,29:recordingStatusCallbackMethodp659,38,11:http-method
660,7,28:recordingStatusCallbackEventp660,37,6:string
661,7,14:statusCallbackp661,23,3:url
662,7,20:statusCallbackMethodp662,29,11:http-method
663,7,19:statusCallbackEventp663,28,6:string
664,5,4:textp664,11,4:none
ConversationRelay 1812:{673,5,3:
673,5,10:attributes{674,7,37:
674,7,3:urlp674,12,6:string
675,7,8:languagep675,17,6:string
676,7,11:ttsLanguagep676,20,6:string
677,7,21:transcriptionLanguagep677,30,6:string
678,7,11:ttsProviderp678,20,6:string
679,7,5:voicep679,14,6:string
680,7,21:transcriptionProviderp680,30,6:string
681,7,11:speechModelp681,20,6:string
682,7,15:profanityFilterp682,24,7:boolean
683,7,13:dtmfDetectionp683,22,7:boolean
684,7,15:welcomeGreetingp684,24,6:string
685,7,14:partialPromptsp685,23,7:boolean
686,7,28:welcomeGreetingInterruptiblep686,37,6:string
687,7,13:interruptiblep687,22,6:string
688,7,11:preemptiblep688,20,7:boolean
689,7,5:hintsp689,14,6:string
690,7,19:intelligenceServicep690,28,6:string
691,7,28:reportInputDuringAgentSpeechp691,37,6:string
692,7,27:elevenlabsTextNormalizationp692,36,6:string
693,7,20:interruptSensitivity{693,29,1:
693,30,4:enum[693,36,3:p693,37,3:lowp693,42,6:mediump693,50,4:high
694,7,5:debugp694,14,6:string
695,7,24:backgroundNoiseReductionp695,33,6:string
696,7,13:speechTimeoutp696,22,6:string
697,7,19:deepgramSmartFormatp697,28,6:string
698,7,17:ignoreBackchannelp698,26,6:string
699,7,6:eventsp699,15,6:string
700,7,21:partialPromptOnHangupp700,30,7:boolean
701,7,17:eagerEotThresholdp701,26,6:string
702,7,14:asrSmartFormatp702,23,7:boolean
703,7,20:ttsTextNormalization{703,29,1:
703,30,4:enum[703,36,3:p703,37,4:autoq703,43,2:onq703,49,3:off
704,7,28:ttsLanguageTextNormalizationp704,37,7:boolean
705,7,35:elevenlabsLanguageTextNormalizationp705,44,7:boolean
706,7,15:includeInPromptp706,24,6:string
707,7,12:customerNamep707,21,6:string
708,7,20:applicationReconnectp708,29,7:boolean
709,7,19:echoPromptFilteringp709,28,7:boolean
710,7,13:turnDetectionp710,22,7:boolean
711,5,8:children[711,15,2:p711,16,8:Languagep711,26,9:Parameter
712,5,4:textp712,11,4:none
Language 474:{721,5,2:
721,5,10:attributes{722,7,9:
722,7,4:codep722,13,6:string
723,7,11:ttsProviderp723,20,6:string
724,7,5:voicep724,14,6:string
725,7,21:transcriptionProviderp725,30,6:string
726,7,11:speechModelp726,20,6:string
727,7,5:hintsp727,14,6:string
728,7,14:asrSmartFormatp728,23,7:boolean
729,7,20:ttsTextNormalization{729,29,1:
729,30,4:enum[729,36,3:p729,37,4:autoq729,43,2:onq729,49,3:off
730,7,28:ttsLanguageTextNormalizationp730,37,7:boolean
731,5,4:textp731,11,4:none
Assistant 978:{739,5,3:
739,5,10:attributes{740,7,21:
740,7,2:idp740,11,6:string
741,7,8:languagep741,17,6:string
742,7,11:ttsLanguagep742,20,6:string
743,7,21:transcriptionLanguagep743,30,6:string
744,7,11:ttsProviderp744,20,6:string
745,7,5:voicep745,14,6:string
746,7,21:transcriptionProviderp746,30,6:string
747,7,11:speechModelp747,20,6:string
748,7,15:profanityFilterp748,24,7:boolean
749,7,13:dtmfDetectionp749,22,7:boolean
750,7,15:welcomeGreetingp750,24,6:string
751,7,14:partialPromptsp751,23,7:boolean
752,7,28:welcomeGreetingInterruptiblep752,37,6:string
753,7,13:interruptiblep753,22,6:string
754,7,11:preemptiblep754,20,7:boolean
755,7,5:hintsp755,14,6:string
756,7,19:intelligenceServicep756,28,6:string
757,7,28:reportInputDuringAgentSpeechp757,37,6:string
758,7,27:elevenlabsTextNormalizationp758,36,6:string
759,7,20:interruptSensitivityp759,29,6:string
760,7,5:debugp760,14,6:string
761,5,8:children[761,15,2:p761,16,8:Languagep761,26,9:Parameter
762,5,4:textp762,11,4:none
Autopilot 40:{770,5,1:
770,5,4:textp770,11,8:required
AiSession 150:{777,5,2:
777,5,10:attributes{778,7,2:
778,7,11:aiConnectorp778,20,6:string
779,7,22:aiSessionConfigurationp779,31,6:string
780,5,4:textp780,11,4:none
ConversationRelaySession 145:{787,5,2:
787,5,10:attributes{788,7,2:
788,7,9:connectorp788,18,6:string
789,7,20:sessionConfigurationp789,29,6:string
790,5,4:textp790,11,4:none
Start 232:{798,5,3:
798,5,10:attributes{799,7,2:
799,7,6:actionp799,15,3:url
800,7,6:methodp800,15,11:http-method
801,5,8:children[801,15,4:p801,16,6:Streamp801,24,6:Siprecp801,32,13:Transcriptionp801,47,9:Recording
802,5,4:textp802,11,4:none
Stop 119:{809,5,2:
809,5,8:children[809,15,3:p809,16,6:Streamp809,24,6:Siprecp809,32,13:Transcription
810,5,4:textp810,11,4:none
Siprec 387:{817,5,3:
817,5,10:attributes{818,7,5:
818,7,4:namep818,13,6:string
819,7,13:connectorNamep819,22,6:string
820,7,5:track{820,14,1:
820,15,4:enum[820,21,3:p820,22,13:inbound_trackp820,37,14:outbound_trackp820,53,11:both_tracks
821,7,14:statusCallbackp821,23,3:url
822,7,20:statusCallbackMethodp822,29,11:http-method
823,5,8:children[823,15,1:p823,16,9:Parameter
824,5,4:textp824,11,4:none
Transcription 786:{831,5,3:
831,5,10:attributes{832,7,14:
832,7,4:namep832,13,6:string
833,7,5:track{833,14,1:
833,15,4:enum[833,21,3:p833,22,13:inbound_trackp833,37,14:outbound_trackp833,53,11:both_tracks
834,7,17:statusCallbackUrlp834,26,3:url
835,7,20:statusCallbackMethodp835,29,11:http-method
836,7,17:inboundTrackLabelp836,26,6:string
837,7,18:outboundTrackLabelp837,27,6:string
838,7,14:partialResultsp838,23,7:boolean
839,7,12:languageCodep839,21,6:string
840,7,19:transcriptionEnginep840,28,6:string
841,7,15:profanityFilterp841,24,7:boolean
842,7,11:speechModelp842,20,6:string
843,7,5:hintsp843,14,6:string
844,7,26:enableAutomaticPunctuationp844,35,7:boolean
845,7,19:intelligenceServicep845,28,6:string
846,5,8:children[846,15,2:p846,16,6:Configp846,24,9:Parameter
847,5,4:textp847,11,4:none
Recording 621:{855,5,2:
855,5,10:attributes{856,7,7:
856,7,23:recordingStatusCallbackp856,32,3:url
857,7,29:recordingStatusCallbackMethodp857,38,11:http-method
858,7,28:recordingStatusCallbackEvent{858,37,1:
858,38,6:events[858,46,3:p858,47,11:in-progressp858,60,9:completedp858,71,6:absent
859,7,4:trim{859,13,1:
859,14,4:enum[859,20,2:p859,21,12:trim-silencep859,35,11:do-not-trim
860,7,5:track{860,14,1:
860,15,4:enum[860,21,3:p860,22,7:inboundp860,31,8:outboundp860,41,4:both
861,7,8:channels{861,17,1:
861,18,4:enum[861,24,2:p861,25,4:monop861,31,4:dual
862,7,24:recordingConfigurationIdp862,33,6:string
863,5,4:textp863,11,4:none
Pay 1008:{870,5,3:
870,5,10:attributes{871,7,18:
871,7,5:input{871,14,1:
871,15,4:enum[871,21,1:p871,22,4:dtmf
872,7,6:actionp872,15,3:url
873,7,15:bankAccountTypep873,24,6:string
874,7,14:statusCallbackp874,23,3:url
875,7,20:statusCallbackMethodp875,29,11:http-method
876,7,7:timeoutp876,16,16:positive-integer
877,7,11:maxAttemptsp877,20,16:positive-integer
878,7,12:securityCodep878,21,7:boolean
879,7,10:postalCodep879,19,6:string
880,7,19:minPostalCodeLengthp880,28,20:non-negative-integer
881,7,16:paymentConnectorp881,25,6:string
882,7,13:paymentMethod{882,22,1:
882,23,4:enum[882,29,2:p882,30,11:credit-cardp882,43,9:ach-debit
883,7,9:tokenType{883,18,1:
883,19,4:enum[883,25,3:p883,26,8:one-timep883,36,8:reusablep883,46,14:payment-method
884,7,12:chargeAmountp884,21,6:string
885,7,8:currencyp885,17,6:string
886,7,11:descriptionp886,20,6:string
887,7,14:validCardTypesp887,23,6:string
888,7,8:languagep888,17,6:string
889,5,8:children[889,15,2:p889,16,6:Promptp889,24,9:Parameter
890,5,4:textp890,11,4:none
Prompt 691:{897,5,3:
897,5,10:attributes{898,7,5:
898,7,3:for{898,12,1:
898,13,4:enum[898,19,7:p898,20,19:payment-card-numberp898,41,15:expiration-datep898,58,13:security-codep898,73,11:postal-codep898,86,19:bank-routing-numberp898,107,19:bank-account-numberp898,128,18:payment-processing
899,7,9:errorTypep899,18,6:string
902,7,8:cardType{902,17,1:
902,18,5:words[902,25,9:p902,26,4:visap902,32,10:mastercardp902,44,4:amexp902,50,7:maestrop902,59,8:discoverp902,69,6:optimap902,77,3:jcbp902,82,11:diners-clubp902,95,7:enroute
903,7,7:attemptp903,16,6:string
904,7,21:requireMatchingInputsp904,30,7:boolean
905,5,8:children[905,15,3:p905,16,3:Sayp905,21,4:Playp905,27,5:Pause
906,5,4:textp906,11,4:none
Sms 227:{914,5,2:
914,5,10:attributes{915,7,5:
915,7,2:top915,11,6:string
916,7,4:fromp916,13,6:string
917,7,6:actionp917,15,3:url
918,7,6:methodp918,15,11:http-method
919,7,14:statusCallbackp919,23,3:url
921,5,4:textp921,11,8:required
Echo 36:{928,5,1:
928,5,4:textp928,11,4:none
"""#),
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
  codes: [12200, 11100]
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
    - dialect: twilio
      xml: "<Response><Play digits=\"ww1234\"/><Dial><Number sendDigits=\"w\">+15551234567</Number></Dial></Response>"
  invalid:
    - xml: "<Response>↓<Play></Play>↓<Redirect/></Response>"
    - xml: "<Response><Dial>↓<Number sendDigits=\"w\"> </Number></Dial></Response>"

"""#),
        ("Rules/http-method.yml",
#"""
{1,1,10:
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
13,1,3:fix[15,3,1:{15,5,5:
15,5,5:fixerp15,12,7:replace
16,5,5:kinds[16,12,1:p16,13,4:case
17,5,4:textq17,11,12:{suggestion}
18,5,4:safep18,11,4:true
19,5,7:summaryq19,14,17:`post` → `POST`
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
      fixed: "<Response><Dial method=\"POST\"><Sip>sip:alice@example.com</Sip></Dial></Response>"
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
{1,1,11:
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
16,1,3:fix[19,3,2:{19,5,5:
19,5,5:fixerp19,12,7:replace
20,5,5:kinds[20,12,1:p20,13,4:case
21,5,4:textq21,11,12:{suggestion}
22,5,4:safep22,11,4:true
23,5,7:summaryq23,14,45:a codec in the wrong case (`pcmu` → `PCMU`){24,5,6:
24,5,5:fixerp24,12,7:replace
25,5,5:kinds[25,12,1:p25,13,9:separator
26,5,4:textq26,11,7:{fixed}
27,5,5:titleq27,12,31:separate the codecs with commas
28,5,4:safep28,11,4:true
29,5,7:summaryq29,14,32:spaces between codecs → commas
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
      fixed: "<Response><Dial><Sip codecs=\"PCMU,PCMA\">sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip codecs=\"PCMU,↓,PCMA,↓PCMU\">sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip codecs=\"PCMU↓ PCMA\">sip:alice@example.com</Sip></Dial></Response>"
      fixed: "<Response><Dial><Sip codecs=\"PCMU,PCMA\">sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip codecs=\"↓\">sip:alice@example.com</Sip></Dial></Response>"

"""#),
        ("Rules/sip-duplicate-uri.yml",
#"""
{1,1,8:
1,1,2:idp1,5,17:sip-duplicate-uri
2,1,8:severityp2,11,7:warning
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,32:the same URI twice in one <Dial>
5,1,6:selectp5,9,6://Dial
6,1,5:checkp6,8,17:sip-duplicate-uri
7,1,7:messageq7,10,47:SIP URI "{uri}" is dialled twice in this <Dial>
8,1,3:fix{11,3,4:
11,3,5:fixerp11,10,6:remove
12,3,5:titleq12,10,25:remove the repeated <Sip>
13,3,4:safep13,9,5:false
14,3,7:summaryq14,12,28:the repeated `<Sip>` removed
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
      fixed: "<Response><Dial><Sip>sip:alice@example.com</Sip>\n</Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial><Sip>sip:alice@example.com</Sip><Sip>↓SIP:alice@example.com</Sip></Dial></Response>"
      fixed: "<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>"
    - dialect: signalwire
      xml: "<Response><Dial>\n  <Sip>sip:alice@example.com</Sip> <Sip>↓sip:alice@example.com</Sip>\n</Dial></Response>"
      fixed: "<Response><Dial>\n  <Sip>sip:alice@example.com</Sip>\n</Dial></Response>"
    - dialect: twilio
      options: {}
      xml: "<Response><Dial><Sip><Uri>sip:a@example.com</Uri><Uri>↓sip:a@example.com</Uri></Sip></Dial></Response>"
      fixed: "<Response><Dial><Sip><Uri>sip:a@example.com</Uri></Sip></Dial></Response>"

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
{1,1,9:
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
15,1,3:fix{17,3,6:
17,3,5:fixerp17,10,7:replace
18,3,5:kinds[18,10,1:p18,11,6:header
19,3,4:textq19,9,1:;
20,3,5:titleq20,10,36:write ;transport= as a URI parameter
21,3,4:safep21,9,4:true
22,3,7:summaryq22,12,51:a lone `?transport=udp` header → `;transport=udp`
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
      fixed: "<Response><Dial><Sip>sip:alice@example.com;transport=udp</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip>sip:alice@example.com?X-A=1↓&amp;transport=tcp</Sip></Dial></Response>"

"""#),
        ("Rules/sip-uri-duplicate-param.yml",
#"""
{1,1,8:
1,1,2:idp1,5,23:sip-uri-duplicate-param
2,1,8:severityp2,11,7:warning
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,28:the same URI parameter twice
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,23:sip-uri-duplicate-param
7,1,7:messageq7,10,79:URI parameter "{parameter}" is given twice; the platform reads only one of them
8,1,3:fix{10,3,4:
10,3,5:fixerp10,10,6:remove
11,3,5:titleq11,10,29:remove the repeated parameter
12,3,4:safep12,9,5:false
13,3,7:summaryq13,12,34:the repeated URI parameter removed
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
      fixed: "<Response><Dial><Sip>sip:alice@example.com;transport=tcp</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com;lr;user=phone↓;LR</Sip></Dial></Response>"
      fixed: "<Response><Dial><Sip>sip:alice@example.com;lr;user=phone</Sip></Dial></Response>"

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
  what: Reports a SIP URI that carries a password in its userinfo ("sip:bob:secret@..."). The message never repeats the password. An empty password ("sip:alice:@...") leaks nothing and is not reported, and a URI that breaks the grammar (such as "<sip:user@example.com>", in angle brackets) gets the sip-uri-syntax diagnostic alone.
  why: A password in the URI is sent to every proxy and logged with every call record; the platforms take credentials from the username and password attributes, which stay out of the SIP messages.
  example: |
    <Response><Dial><Sip>sip:bob:secret@example.com</Sip></Dial></Response>
  use-instead: |
    <Response><Dial><Sip username="bob" password="secret">sip:bob@example.com</Sip></Dial></Response>
examples:
  valid:
    - xml: "<Response><Dial><Sip username=\"bob\" password=\"secret\">sip:bob@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:bob@example.com:5060</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice:@atlanta.example.com</Sip></Dial></Response>"
  invalid:
    - xml: "<Response><Dial><Sip>sip:bob↓:secret@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip><Uri>sips:alice↓:p%40ss@example.com</Uri></Sip></Dial></Response>"

"""#),
        ("Rules/sip-uri-syntax.yml",
#"""
{1,1,8:
1,1,2:idp1,5,14:sip-uri-syntax
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,36:the URI is not a SIP URI by RFC 3261
5,1,6:selectp5,9,5://Sip
6,1,5:checkp6,8,14:sip-uri-syntax
7,1,7:messageq7,10,9:{problem}
8,1,3:fix{10,3,5:
10,3,5:fixerp10,10,6:insert
11,3,5:kinds[11,10,1:p11,11,14:missing-scheme
12,3,4:textq12,9,4:sip:
13,3,4:safep13,9,4:true
14,3,7:summaryq14,12,41:a URI without scheme → `sip:` prepended
"""#,
#"""














docs:
  what: >-
    Parses each URI a <Sip> dials by the grammar of RFC 3261 section 25 - scheme, user and
    password, host (a name whose labels neither start nor end with "-", an IPv4 address of
    four numbers up to 255, or a bracketed IPv6 reference checked by its structure as RFC
    5954 corrects it: at most 8 groups of 1 to 4 hex digits, one "::" at most, an IPv4
    address only at the end), port 1-65535, ";name=value" parameters, "?name=value&..."
    headers, "%HH" escapes - and reports the first problem at the first character that
    makes the URI invalid: a missing or wrong scheme (only sip: and sips:), angle brackets
    around the URI, an empty user before "@", white space, a bad escape, a character that
    needs escaping (named whole, with its percent-encoding: "é" is %C3%A9), a parameter
    written after "?", or an "&amp;" escaped twice. "&" is a legal character of a parameter
    name ("lr&user" is one name); only an "&" inside a parameter's value that is followed
    by "name=" ("transport=tcp&user=phone") is reported as parameters joined the wrong way.
    A URI with a problem gets this diagnostic alone: the rules that read its parts
    (sip-transport, sip-sips-udp, sip-uri-password, sip-uri-duplicate-param) leave it alone.
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
      fixed: "<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>↓tel:+15551234567</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:↓@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com:7000↓0</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com:↓0</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@exa↓ mple.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:al%↓zzice@example.com</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com?X-A=1↓;lr</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com;transport=tcp↓&amp;maddr=10.0.0.1</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@example.com?X-A=1↓&amp;amp;X-B=2</Sip></Dial></Response>"
    - xml: "<Response><Dial><Sip>sip:alice@↓-bad-.example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip><Uri>sip:alice@example.com:50↓a</Uri></Sip></Dial></Response>"

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
{1,1,10:
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
17,1,3:fix[19,3,2:{19,5,5:
19,5,5:fixerp19,12,7:replace
20,5,5:kinds[20,12,1:p20,13,4:case
21,5,4:textq21,11,12:{suggestion}
22,5,4:safep22,11,4:true
23,5,7:summaryq23,14,52:an event in the wrong case (`Ringing` → `ringing`){24,5,6:
24,5,5:fixerp24,12,7:replace
25,5,5:kinds[25,12,1:p25,13,9:separator
26,5,4:textq26,11,7:{fixed}
27,5,5:titleq27,12,36:separate the events with {separator}
28,5,4:safep28,11,4:true
29,5,7:summaryq29,14,105:the other dialect's separator (`initiated,answered` → `initiated answered`, or the reverse in restcomm)
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
    - dialect: texml
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"initiated ringing answered amd dtmf completed\">sip:a@example.com</Sip></Dial></Response>"
  invalid:
    - dialect: signalwire
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"initiated↓,answered\">sip:a@example.com</Sip></Dial></Response>"
      fixed: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"initiated answered\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"ringing ↓busy\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"initiated↓ ringing\">sip:a@example.com</Sip></Dial></Response>"
      fixed: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"initiated,ringing\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"↓Answered,completed\">sip:a@example.com</Sip></Dial></Response>"
      fixed: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"answered,completed\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: texml
      xml: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"amd↓,completed\">sip:a@example.com</Sip></Dial></Response>"
      fixed: "<Response><Dial><Sip statusCallback=\"/e\" statusCallbackEvent=\"amd completed\">sip:a@example.com</Sip></Dial></Response>"

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
  codes: [12100]
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
    - xml: "<Response>\n{{#if {{From}}}}\n  <Say>Hello.</Say>\n{{/if}}\n  <Dial>+15551234567</Dial>\n</Response>"
  invalid:
    - xml: "<Response><Say>Welcome.</Say>↓Please hold.</Response>"
    - dialect: twilio
      xml: "<Response><Gather input=\"dtmf\">↓Press 1<Say>for sales</Say></Gather><Hangup>↓now</Hangup></Response>"

"""#),
        ("Rules/unknown-attribute.yml",
#"""
{1,1,8:
1,1,2:idp1,5,17:unknown-attribute
2,1,8:severityp2,11,7:warning
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,57:an attribute the dialect does not define for that element
5,1,6:selectp5,9,3://*
6,1,5:checkp6,8,17:unknown-attribute
7,1,7:messageq7,10,52:unknown attribute "{attribute}" on <{element}>{hint}
8,1,3:fix[11,3,2:{11,5,6:
11,5,5:fixerp11,12,7:replace
12,5,5:kinds[12,12,1:p12,13,4:case
13,5,4:textq13,11,12:{suggestion}
14,5,5:titleq14,12,22:rename to {suggestion}
15,5,4:safep15,11,4:true
16,5,7:summaryq16,14,127:a name in the wrong case → the declared name (`statuscallback` → `statusCallback`), when only one declared name is so spelt{17,5,6:
17,5,5:fixerp17,12,7:replace
18,5,5:kinds[18,12,1:p18,13,8:misspelt
19,5,4:textq19,11,12:{suggestion}
20,5,5:titleq20,12,22:rename to {suggestion}
21,5,4:safep21,11,5:false
22,5,7:summaryq22,14,69:a misspelt name → the nearest declared one (`timout` → `timeout`)
"""#,
#"""






















docs:
  codes: [12200]
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
      xml: "<Response><Dial><Sip codecs=\"PCMU\">sip:a@example.com</Sip></Dial><Say voice=\"alice\">hi</Say></Response>"
  invalid:
    - xml: "<Response><Dial><Sip ↓statuscallback=\"/events\">sip:a@example.com</Sip></Dial></Response>"
      fixed: "<Response><Dial><Sip statusCallback=\"/events\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: twilio
      xml: "<Response><Dial><Sip ↓codecs=\"PCMU\">sip:a@example.com</Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial ↓answerOnBridge=\"true\" ↓timeot=\"5\"><Sip>sip:a@example.com</Sip></Dial></Response>"
      fixed: "<Response><Dial answerOnBridge=\"true\" timeout=\"5\"><Sip>sip:a@example.com</Sip></Dial></Response>"

"""#),
        ("Rules/unknown-element.yml",
#"""
{1,1,9:
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
12,1,3:fix{14,3,6:
14,3,5:fixerp14,10,7:replace
15,3,5:kinds[15,10,1:p15,11,7:unknown
16,3,4:textq16,9,12:{suggestion}
17,3,5:titleq17,10,24:rename to <{suggestion}>
18,3,4:safep18,9,5:false
19,3,7:summaryq19,12,94:a misspelt element → the nearest one allowed there, in both tags (`<Gahter>` → `<Gather>`)
"""#,
#"""



















docs:
  codes: [12100, 12200]
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
    - dialect: texml
      xml: "<Response><Dial><Number>+15551234567</Number><Sip>sip:a@example.com</Sip><Queue>support</Queue></Dial></Response>"
  invalid:
    - dialect: twilio
      xml: "<Response><Dial><Sip><Uri>sip:a@example.com</Uri>↓<Header name=\"X-Id\" value=\"1\"/></Sip></Dial></Response>"
    - dialect: signalwire
      xml: "<Response><Dial><Sip>sip:a@example.com↓<SipHeader>X-Id: 1</SipHeader></Sip></Dial></Response>"
    - dialect: restcomm
      xml: "<Response><Dial>↓<Queue>support</Queue>↓<sip>sip:a@example.com</sip></Dial></Response>"
      fixed: "<Response><Dial><Queue>support</Queue><Sip>sip:a@example.com</Sip></Dial></Response>"
    - dialect: texml
      xml: "<Response><Dial>↓<Client>alice</Client><Sip>sip:a@example.com↓<Headers/></Sip></Dial></Response>"

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
    - xml: "<Response><Gather action=\"/menu\"><Say>Press 1</Say></Gather><Redirect>/menu</Redirect></Response>"
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
{1,1,7:
1,1,2:idp1,5,10:xml-syntax
2,1,8:severityp2,11,5:error
3,1,8:dialectsp3,11,3:all
4,1,7:summaryp4,10,35:the document is not well-formed XML
5,1,5:checkp5,8,6:parser
6,1,7:messageq6,10,53:the parser's message, at the parser's line and column
7,1,3:fix{9,3,5:
9,3,5:fixerp9,10,7:replace
10,3,5:kinds[10,10,1:p10,11,9:ampersand
11,3,4:textq11,9,5:&amp;
12,3,4:safep12,9,4:true
13,3,7:summaryq13,12,61:a raw `&` → `&amp;` (every raw `&` of the document at once)
"""#,
#"""













docs:
  codes: [12100]
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
      fixed: "<Response><Dial><Sip>sip:alice@example.com?a=1&amp;b=2</Sip></Dial></Response>"
    - xml: "<Response>\n  <Dial>\n    <Sip>sip:alice@example.com</Sip>\n  ↓</Response>\n"
    - xml: "↓"
    - xml: "<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>↓<Response/>"
    - xml: "<Response>\n<!-- sipdial-lint-disable-next-line sip-codecs ↓-- reason -->\n<Dial><Sip codecs=\"G711\">sip:a@example.com</Sip></Dial></Response>"

"""#),
    ]
}
