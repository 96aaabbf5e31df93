#!/usr/bin/python3
"""Draw the docstruct sample PDFs and write the JSON expected for each.

The texts below are fictional and were written for this project.  One data
structure per sample drives both the drawing (cairo, via Debian's python3-cairo)
and the expected JSON, so the JSON is the source text, not a program's reading
of the PDF.

Run:  /usr/bin/python3 Samples/make_samples.py        (writes into Samples/)

Markup inside texts:
    *words*   italic run
    {n}       superscript footnote marker n, glued to the preceding character
"""

import hashlib
import json
import os
import re
import sys

import cairo

OUT_DIR = os.path.dirname(os.path.abspath(__file__))

FONT = "Liberation Serif"   # a sample may name its own ("font"); build() sets it
CJK = False                 # True while drawing a Chinese sample: lines break between characters
RTL = False                 # True while drawing an Arabic sample: set by Pango, mirrored
PAGE_W = 0.0                # the page width; right-to-left drawing mirrors x about its middle
NUMBER_FMT = "%d."          # operative paragraph numbers ("1-" in Arabic)
SUP_FMT = "%s"              # how a footnote marker is printed ("(1)" in Arabic)
PRODUCER = "docstruct samples (cairo)"
CREATOR = "docstruct Samples/make_samples.py"

LETTER = (612.0, 792.0)
A4 = (595.28, 841.89)

# ---------------------------------------------------------------- measures (pt)
BODY_SIZE = 10.0
BODY_LEADING = 12.0
PARA_SPACE = 6.0
FIRST_INDENT = 24.0      # first-line indent of every body paragraph
NUMBER_TAB = 25.0        # from the number label to the text after it
SUP_SIZE = 6.5
SUP_RISE = 3.5
FN_SIZE = 8.5
FN_LEADING = 10.0
FN_SUP_SIZE = 6.0
FN_SUP_RISE = 3.0
FN_RULE_GAP = 20.0       # body baseline to first note baseline, rule in between
BODY_WIDTH = 365.0


# The words printed on page 1 around the metadata; a sample in another language gives its own
# ("labels"): None keeps the English form.
ENGLISH_LABELS = {
    "un": "United Nations",
    "organ": None,             # printed organ name; None prints meta["organ"]
    "distr": None,             # whole "Distr." line; None prints "Distr.: " + distribution
    "agenda": None,            # "{}" stands for the item numbers
    "adopted": None,           # adoption line with "{}" for the date, printed on one line
    "job": "(E)",              # language letter after the job number
    "recycle": "Please recycle",
}

# ====================================================================== texts
LIGHTHOUSES = {
    "name": "A_RES_91_12",
    "page": LETTER,
    "justify": False,
    "require": {"splitFootnote": True, "pageBreakParagraph": True},
    "createDate": "2037-01-14T09:00:00Z",
    "shortTitle": "Preservation of historic lighthouses",
    "meta": {
        "symbol": "A/RES/91/12",
        "organ": "General Assembly",
        "distribution": "General",
        "issuedDate": ("2037-01-14", "14 January 2037"),
        "session": "Ninety-first session",
        "sessionNumber": 91,
        "agendaItems": ["42"],
        "agendaItemTitle": None,
        "documentType": "resolution",
        "resolutionNumber": "91/12",
        "title": "Preservation of historic lighthouses",
        "adoptionDate": ("2037-01-09", "9 January 2037"),
        "adoptionReference": "without reference to a Main Committee (A/91/L.20 and A/91/L.20/Add.1)",
        "meeting": "57th plenary meeting",
        "adoptionVote": None,
        "committee": None,
        "sponsors": [],
        "language": "en",
        "jobNumber": "37-00412",
    },
    "jobDate": "140137",
    "preamble": [
        ("Recalling", "its resolution 88/41 of 12 December 2033 on the safety of navigation "
         "in coastal waters and its resolution 89/17 of 3 November 2034 on the protection of "
         "maritime cultural heritage,"),
        ("Recognizing", "that historic lighthouses, many of them built more than a century ago, "
         "have guided generations of mariners, fishers and travellers and remain enduring "
         "landmarks of the coastal communities that built and tended them,"),
        ("Noting", "that the *Register of Coastal Heritage Structures*,{1} maintained by the "
         "Secretariat on the basis of voluntary submissions, lists more than four thousand "
         "lighthouses, beacons and keepers’ dwellings in over one hundred and twenty countries,"),
        ("Noting with concern", "that rising sea levels, coastal erosion, storm surges and the "
         "corrosion of iron and masonry threaten a growing number of these structures, and that "
         "many have fallen into disrepair since their lights were automated and their keepers "
         "withdrawn,"),
        ("Aware", "that the decommissioning of a light does not diminish the historical, "
         "architectural and educational value of the structure, and that abandoned towers may "
         "pose risks to public safety if they are left without maintenance,"),
        ("Acknowledging", "the work of national lighthouse authorities, local heritage trusts, "
         "volunteer associations and museums, which have restored towers, catalogued lenses and "
         "lamps and recorded the oral histories of former keepers and their families, often with "
         "little or no public funding,"),
        ("Welcoming", "the Charter on Lighthouse Heritage adopted at the Conference on Maritime "
         "Landmarks, held in Valletta from 4 to 6 May 2036, which sets out common principles for "
         "the survey, conservation, adaptive reuse and interpretation of historic aids to "
         "navigation and calls for closer cooperation among the bodies that care for them,{2}"),
        ("Bearing in mind", "that lighthouses, when restored and opened to visitors, can support "
         "sustainable tourism, environmental education and local employment, in particular in "
         "small island developing States and remote coastal areas,"),
        ("Convinced", "that international cooperation, the exchange of technical knowledge and "
         "the sharing of archival records can help Member States to preserve this common "
         "heritage for future generations,"),
    ],
    "operative": [
        ("Decides", "to proclaim 12 August the International Day of Historic Lighthouses, to be "
         "observed annually beginning in 2037;", []),
        ("Invites", "all Member States, organizations of the United Nations system and other "
         "international and regional organizations, as well as civil society, academic "
         "institutions and the private sector, to observe the International Day in an "
         "appropriate manner, including through open days, exhibitions and educational "
         "activities, in accordance with national priorities;", []),
        ("Encourages", "Member States to identify the historic lighthouses situated in their "
         "territory, to assess the condition of those structures and the risks they face, and to "
         "consider including them in national inventories of cultural heritage;", []),
        ("Calls upon", "Member States to take into account the protection of historic "
         "lighthouses when planning coastal defence works, port development and the installation "
         "of new aids to navigation,{3} and to consult the communities concerned at an early "
         "stage;", []),
        ("Encourages", "the exchange of information and expertise among national lighthouse "
         "authorities and heritage bodies, including on:", [
             ("(a)", "Methods for the conservation of masonry, cast iron and timber exposed to "
              "salt air and wave action;", []),
             ("(b)", "The safe handling, restoration and display of historic lenses, lamps and "
              "rotation mechanisms;", []),
             ("(c)", "The digitization of logbooks, plans, photographs and other records kept at "
              "light stations;", []),
             ("(d)", "Models for the adaptive reuse of keepers’ dwellings and ancillary buildings "
              "that respect their historic character;", []),
         ]),
        ("Recognizes", "the role of volunteers and local associations in caring for lighthouses "
         "and encourages Member States to support their work, including through training, "
         "small grants and public recognition of the time and skills that they contribute;", []),
        ("Invites", "Member States in a position to do so to provide technical and financial "
         "assistance to developing countries, in particular small island developing States, for "
         "the survey, stabilization and restoration of lighthouses at risk,{4} and for the training "
         "of the craftspeople and engineers who carry out such work;", []),
        ("Encourages", "Member States to treat the logbooks, correspondence and technical "
         "drawings of light stations as part of their national archives, to make them accessible "
         "to researchers and the public, and to record the knowledge of former keepers, "
         "engineers and boatmen while it can still be gathered, including through "
         "recorded interviews kept in public collections;", []),
        ("Stresses", "that any new use given to a historic lighthouse should be compatible with "
         "its character and its setting, should leave its optical apparatus and original fittings "
         "in place wherever possible, and should not compromise the safety of navigation where "
         "the light remains in service or the function of the structure as a daymark for "
         "coastal shipping;", []),
        ("Requests", "the Secretary-General to bring the present resolution to the attention of "
         "all Member States and organizations of the United Nations system, and to submit to the "
         "General Assembly at its ninety-third session a report on its implementation, including "
         "on the observance of the International Day;", []),
        ("Decides", "to include in the provisional agenda of its ninety-third session, under the "
         "item entitled “Culture of peace”, a sub-item entitled “Preservation of historic "
         "lighthouses”.", []),
    ],
    "footnotes": {
        "1": "A/91/233, annex.",
        "2": "See A/91/301, annex I. The Charter was drawn up by a working group of forty-one "
             "heritage bodies and lighthouse authorities; its preparatory documents, including "
             "the replies to a questionnaire on the state of conservation of historic towers, the "
             "minutes of three regional consultations and an indicative list of good practices "
             "for the maintenance of optical apparatus and clockwork rotation machinery, are "
             "available from the Secretariat and are summarized in the report of the "
             "Secretary-General on the implementation of resolution 89/17 (A/91/118), "
             "paras. 14–37. Member States that have not yet done so are invited to transmit to "
             "the Secretariat the names of the national bodies responsible for historic aids to "
             "navigation, so that the list annexed to the Charter can be kept up to date.",
        "3": "As described in the glossary annexed to document A/90/77.",
        "4": "See also the estimates of restoration needs in A/91/118, annex II, table 3.",
    },
}

SEED_BANKS = {
    "name": "A_RES_91_87",
    "page": A4,
    "justify": True,
    "require": {"doubleReference": True, "nestedItems": True, "pageBreakParagraph": True},
    "createDate": "2036-12-22T09:00:00Z",
    "shortTitle": "International cooperation on seed banks",
    "meta": {
        "symbol": "A/RES/91/87",
        "organ": "General Assembly",
        "distribution": "General",
        "issuedDate": ("2036-12-22", "22 December 2036"),
        "session": "Ninety-first session",
        "sessionNumber": 91,
        "agendaItems": ["19 (c)"],
        "agendaItemTitle": "Sustainable development: conservation and sustainable use of "
                           "agricultural biodiversity",
        "documentType": "resolution",
        "resolutionNumber": "91/87",
        "title": "International cooperation on seed banks and the conservation of crop "
                 "diversity",
        "adoptionDate": ("2036-12-17", "17 December 2036"),
        "adoptionReference": "on the report of the Second Committee (A/91/452/Add.3, para. 15)",
        "meeting": "71st plenary meeting",
        "adoptionVote": None,
        "committee": None,
        "sponsors": [],
        "language": "en",
        "jobNumber": "36-24518",
    },
    "jobDate": "221236",
    "preamble": [
        ("Recalling", "its resolution 87/204 of 20 December 2032, by which it endorsed the "
         "Framework for Agricultural Biodiversity 2032–2042,{1} and its subsequent resolutions on "
         "the conservation and sustainable use of plant genetic resources,"),
        ("Recognizing", "that the diversity of crops and their wild relatives is the foundation "
         "of food security and nutrition, and that farmers, in particular smallholders, women "
         "farmers and indigenous peoples, have developed and safeguarded this diversity over "
         "thousands of years,"),
        ("Noting", "that seed banks and gene banks at the local, national, regional and "
         "international levels hold samples of millions of plant varieties, many of which are no "
         "longer grown in the field,"),
        ("Deeply concerned", "that natural disasters, armed conflict, power failures and "
         "insufficient funding have damaged or destroyed a number of seed collections, leading "
         "to the irreversible loss of unique material,"),
        ("Stressing", "the importance of safety duplication, whereby copies of seed samples are "
         "stored in a second location, preferably in another country or region, so that a "
         "collection lost in one place can be restored from another,"),
        ("Taking note with appreciation", "of the report of the Intergovernmental Panel on Crop "
         "Diversity on its fourth session,{2}"),
        ("Mindful", "that community seed banks play an essential role in maintaining locally "
         "adapted varieties and in making them available to farmers after droughts, floods and "
         "other shocks,"),
        ("Affirming", "that the exchange of seed samples for research, breeding and training "
         "should be facilitated in accordance with applicable national legislation and "
         "international obligations, and that the benefits arising from their use should be "
         "shared in a fair and equitable manner,"),
    ],
    "operative": [
        ("Reaffirms", "the importance of the Framework for Agricultural Biodiversity "
         "2032–2042{1} and calls for its full and timely implementation;", []),
        ("Encourages", "Member States to develop or update national strategies for the "
         "conservation of plant genetic resources that combine conservation in seed banks with "
         "conservation on farms and in the wild;", []),
        ("Urges", "Member States and relevant organizations to strengthen cooperation among seed "
         "banks, including by:", [
             ("(a)", "Arranging safety duplication of collections that are not yet duplicated, "
              "giving priority to collections held in areas exposed to natural hazards or "
              "conflict;", []),
             ("(b)", "Sharing information on the holdings of seed banks through interoperable "
              "and openly accessible databases, while respecting the rights of the holders of "
              "traditional knowledge;", []),
             ("(c)", "Providing technical assistance to seed banks in developing countries, in "
              "particular for:", [
                  ("(i)", "The regeneration of samples whose viability has declined after long "
                   "periods in storage;", []),
                  ("(ii)", "The installation and maintenance of reliable cold storage and backup "
                   "power;", []),
                  ("(iii)", "The training of technicians in seed testing, documentation and "
                   "quality management;", []),
              ]),
             ("(d)", "Supporting community seed banks and the networks that link them to "
              "national institutions;", []),
         ]),
        ("Invites", "Member States in a position to do so to contribute to the voluntary trust "
         "fund for the conservation of crop diversity established by resolution 89/152, and "
         "encourages other donors, including the private sector and philanthropic foundations, "
         "to do likewise;{3}", []),
        ("Calls upon", "all parties to armed conflict to respect and protect seed banks, gene "
         "banks and agricultural research facilities, which are civilian objects, and to allow "
         "their staff to carry out their work safely;", []),
        ("Requests", "the Secretary-General, in cooperation with relevant organizations of the "
         "United Nations system, to support Member States, upon request, in restoring seed "
         "collections that have been damaged or lost, drawing on duplicate samples held "
         "elsewhere;", []),
        ("Decides", "to convene, within existing resources, a high-level meeting on crop "
         "diversity and food security during its ninety-third session;", []),
        ("Requests", "the Secretary-General to submit to the General Assembly at its "
         "ninety-second session a report on the implementation of the present resolution, and "
         "decides to include in the provisional agenda of that session, under the item entitled "
         "“Sustainable development”, a sub-item entitled “Conservation and sustainable use of "
         "agricultural biodiversity”.", []),
    ],
    "footnotes": {
        "1": "Resolution 87/204, annex.",
        "2": "*Official Records of the General Assembly, Ninetieth Session, Supplement No. 31* "
             "(A/90/31), chap. IV.",
        "3": "The fund is administered by the Secretariat in accordance with the terms of "
             "reference contained in document A/89/604, annex III; contributions received up to "
             "30 September 2036 are listed in document A/91/390, table 2.",
    },
}

LIBRARIES = {
    "name": "A_C.3_91_L.7",
    "page": LETTER,
    "justify": False,
    "require": {"pageBreakParagraph": True},
    "createDate": "2036-10-21T09:00:00Z",
    "shortTitle": "International Decade for Public Libraries",
    "meta": {
        "symbol": "A/C.3/91/L.7",
        "organ": "General Assembly",
        "distribution": "Limited",
        "issuedDate": ("2036-10-20", "20 October 2036"),
        "session": "Ninety-first session",
        "sessionNumber": 91,
        "agendaItems": ["26"],
        "agendaItemTitle": "Social development",
        "documentType": "draftResolution",
        "resolutionNumber": None,
        "title": "International Decade for Public Libraries, 2038–2047",
        "adoptionDate": None,
        "adoptionReference": None,
        "meeting": None,
        "adoptionVote": None,
        "committee": "Third Committee",
        "sponsors": ["Atlantis", "Borduria", "Ruritania"],
        "language": "en",
        "jobNumber": "36-19027",
    },
    "sponsorLine": "Atlantis, Borduria and Ruritania: draft resolution",
    "jobDate": "211036",
    "preamble": [
        ("Recalling", "its resolution 86/112 of 15 December 2031 on access to information and "
         "lifelong learning,"),
        ("Recognizing", "that public libraries offer free and open access to books, newspapers, "
         "digital resources and the Internet, and provide spaces for study, reading and "
         "community life that are open to all without distinction,"),
        ("Recognizing also", "that libraries contribute to literacy, to the education of "
         "children and adults, to the preservation of local languages and memory, and to the "
         "inclusion of older persons, persons with disabilities, migrants and others who may "
         "otherwise be left behind,"),
        ("Concerned", "that in many countries library services have been reduced or closed "
         "owing to budgetary constraints, that rural and remote communities frequently have "
         "no library within reach, and that the closure of a library often removes the only free "
         "indoor public space in a neighbourhood,"),
        ("Noting", "the findings of the global survey of public library services conducted in "
         "2035,{1} which indicate that the number of public library branches per inhabitant has "
         "fallen in more than half of the countries that responded,"),
        ("Welcoming", "initiatives such as mobile libraries travelling by van, boat, bicycle and "
         "pack animal, which bring books and digital services to places without a permanent "
         "library, and the reading rooms opened in hospitals, prisons and settlements for "
         "displaced persons,"),
        ("Convinced", "that a decade devoted to public libraries would raise awareness of their "
         "value and mobilize support for their renewal,"),
    ],
    "operative": [
        ("Decides", "to proclaim the period 2038–2047 the International Decade for Public "
         "Libraries;", []),
        ("Invites", "Member States to use the Decade to review, strengthen and, where "
         "appropriate, extend their public library networks, with particular attention to "
         "underserved communities;", []),
        ("Encourages", "Member States, local authorities and library associations to undertake "
         "activities during the Decade, such as:", [
             ("(a)", "Campaigns to promote reading among children and young people, in "
              "cooperation with schools and families;", []),
             ("(b)", "Programmes that help adults to acquire digital skills and to find reliable "
              "information;", []),
             ("(c)", "The collection, preservation and digitization of local newspapers, "
              "photographs and other records of community life;", []),
             ("(d)", "Partnerships with publishers and authors to make books in local and "
              "minority languages available in libraries;", []),
         ]),
        ("Requests", "the Secretary-General to designate, within existing resources, a focal "
         "point in the Secretariat to coordinate the observance of the Decade, and invites "
         "relevant organizations of the United Nations system to contribute to its "
         "activities;{2}", []),
        ("Encourages", "Member States and other stakeholders to make voluntary contributions to "
         "support the activities of the Decade, in particular in developing countries;", []),
        ("Invites", "Member States to share their experiences and good practices in the "
         "provision of public library services, including through an online platform to be "
         "hosted by the Secretariat;", []),
        ("Requests", "the Secretary-General to submit to the General Assembly at its ninety-sixth "
         "session an interim report on the implementation of the Decade and, at its one hundred "
         "and third session, a final report.", []),
    ],
    "footnotes": {
        "1": "A/91/214, sect. II. The survey covered ninety-seven countries; its methodology is "
             "described in the annex to that document.",
        "2": "The programme budget implications of the present draft resolution, if any, will be "
             "set out in a separate statement by the Secretary-General.",
    },
}

# A Security Council resolution: no session or agenda block, no title; "Resolution N (YEAR)"
# and "Adopted by the Security Council at its …th meeting, on …" above the formula, no closing
# lines (the meeting is in the adoption line).
HARBOUR_MISSION = {
    "name": "S_RES_2911_2036",
    "page": LETTER,
    "justify": True,
    "require": {},
    "createDate": "2036-03-13T09:00:00Z",
    "shortTitle": "",
    "formula": "The Security Council,",
    "meta": {
        "symbol": "S/RES/2911 (2036)",
        "organ": "Security Council",
        "distribution": "General",
        "issuedDate": ("2036-03-12", "12 March 2036"),
        "session": None,
        "sessionNumber": None,
        "agendaItems": [],
        "agendaItemTitle": None,
        "documentType": "resolution",
        "resolutionNumber": "2911 (2036)",
        "title": None,
        "adoptionDate": ("2036-03-12", "12 March 2036"),
        "adoptionReference": None,
        "meeting": "10512th meeting",
        "adoptionVote": None,
        "committee": None,
        "sponsors": [],
        "language": "en",
        "jobNumber": "36-04118",
    },
    "jobDate": "130336",
    "preamble": [
        ("Recalling", "its previous resolutions and the statements of its President on the "
         "situation in the Strait of Borduria, in particular resolution 2874 (2035),"),
        ("Reaffirming", "its strong commitment to the sovereignty, independence, unity and "
         "territorial integrity of Ruritania and of all States of the region,"),
        ("Welcoming", "the agreement on the safe passage of civilian shipping concluded between "
         "the parties on 4 January 2036,{1} and the first steps taken to implement it,"),
        ("Expressing deep concern", "at reports of mines drifting into the shipping lanes of the "
         "Strait and at the danger they pose to fishing communities, ferries and humanitarian "
         "convoys,"),
        ("Stressing", "the importance of full, equal and meaningful participation of women in "
         "the implementation of the agreement and in all decisions on the use of the harbours,"),
        ("Taking note", "of the report of the Secretary-General of 20 February 2036 on the "
         "United Nations Harbour Observation Mission,{2}"),
        ("Determining", "that the situation in the Strait of Borduria continues to constitute a "
         "threat to international peace and security in the region,"),
    ],
    "operative": [
        ("Decides", "to extend the mandate of the United Nations Harbour Observation Mission until "
         "31 March 2037;", []),
        ("Requests", "the Mission to continue, within its existing capacities and in close "
         "cooperation with the parties:", [
             ("(a)", "To observe and report on the safe passage of civilian shipping through the "
              "Strait;", []),
             ("(b)", "To support the clearance of drifting mines, including by:", [
                 ("(i)", "Sharing information on the location of mines with the parties and "
                  "with coastal communities;", []),
                 ("(ii)", "Coordinating the work of mine clearance teams provided by Member "
                  "States;", []),
             ]),
             ("(c)", "To facilitate the delivery of humanitarian assistance by sea;", []),
         ]),
        ("Calls upon", "the parties to implement the agreement in full and in good faith, and to "
         "refrain from any action that may endanger civilian shipping;", []),
        ("Urges", "Member States to provide the Mission with the vessels, equipment and "
         "specialized personnel it needs to carry out its mandate, and to contribute to the trust "
         "fund established to support mine clearance in the Strait;", []),
        ("Requests", "the Secretary-General to report to the Council every ninety days on the "
         "implementation of the present resolution, including on the participation of women "
         "in the work of the Mission and on the safety of its personnel;", []),
        ("Decides", "to remain actively seized of the matter.", []),
    ],
    "footnotes": {
        "1": "S/2036/31, annex.",
        "2": "S/2036/118.",
    },
}

# A Security Council resolution that endorses a plan annexed to it: the annex starts on a new
# page with "Annex" and the plan's title; the plan's own numbered paragraphs take no role; an
# annex of the plan opens with "ANNEX 1 -" over its title, as the plans annexed to the
# Council's resolutions print them.
RIVER_PLAN = {
    "name": "S_RES_2947_2036",
    "page": A4,
    "justify": True,
    "require": {},
    "createDate": "2036-07-01T09:00:00Z",
    "shortTitle": "",
    "formula": "The Security Council,",
    "meta": {
        "symbol": "S/RES/2947 (2036)",
        "organ": "Security Council",
        "distribution": "General",
        "issuedDate": ("2036-06-30", "30 June 2036"),
        "session": None,
        "sessionNumber": None,
        "agendaItems": [],
        "agendaItemTitle": None,
        "documentType": "resolution",
        "resolutionNumber": "2947 (2036)",
        "title": None,
        "adoptionDate": ("2036-06-30", "30 June 2036"),
        "adoptionReference": None,
        "meeting": "10588th meeting",
        "adoptionVote": None,
        "committee": None,
        "sponsors": [],
        "language": "en",
        "jobNumber": "36-11406",
    },
    "jobDate": "010736",
    "preamble": [
        ("Recalling", "its resolutions 2903 (2035) and 2911 (2036) and the statement of its "
         "President of 2 May 2036 on the situation along the Vardan river,"),
        ("Reaffirming", "its commitment to the sovereignty, independence and territorial "
         "integrity of Atlantis and Borduria,"),
        ("Welcoming", "the ceasefire agreed by the parties in Valletta on 12 June 2036 and the "
         "Plan for the monitoring of the ceasefire along the Vardan river that they submitted to "
         "the Council on 20 June 2036,{1} which is annexed to the present resolution,"),
        ("Noting with concern", "that the villages along the river remain cut off from their "
         "fields, markets and schools by checkpoints and by unexploded ordnance,"),
        ("Determining", "that the situation along the Vardan river constitutes a threat to "
         "international peace and security in the region,"),
    ],
    "operative": [
        ("Endorses", "the Plan annexed to the present resolution and calls upon the parties to "
         "implement it in full and without delay;", []),
        ("Requests", "the Secretary-General to deploy the civilian observers that the Plan "
         "provides for within thirty days of the adoption of the present resolution;", []),
        ("Calls upon", "Member States to contribute observers, vehicles and boats to the "
         "monitoring of the ceasefire, and to support the clearance of unexploded ordnance "
         "near the villages along the river;", []),
        ("Requests", "the Secretary-General to report to the Council on the implementation of "
         "the Plan within sixty days and every ninety days thereafter;", []),
        ("Decides", "to remain seized of the matter.", []),
    ],
    "annexes": [
        {"label": "Annex", "number": "Annex",
         "title": "Plan for the monitoring of the ceasefire along the Vardan river",
         "paragraphs": [
             ("The parties shall cease all military activity within ten kilometres of either bank "
              "of the Vardan river and shall withdraw their heavy weapons from that zone within "
              "fourteen days of the signature of the ceasefire.", []),
             ("Civilian observers provided by the United Nations shall:", [
                 ("(a)", "Patrol the zone on both banks, by day and by night, and record any "
                  "violation of the ceasefire;", []),
                 ("(b)", "Meet the liaison officers of the parties every week and hear the "
                  "complaints of the villages along the river;", []),
             ]),
             ("The checkpoints on the roads leading to the river crossings shall be removed, and "
              "the ferries of Ostrava and Lenk shall resume their service under the observation "
              "of the United Nations.", []),
             ("A joint commission of the parties, chaired by the head of the observers, shall "
              "settle any dispute arising from the implementation of the present Plan.", []),
         ]},
        {"label": "ANNEX 1 -", "number": "ANNEX 1",
         "title": "Observation posts and patrol routes",
         "paragraphs": [
             ("Six observation posts shall be established on the northern bank and five on the "
              "southern bank, at the places listed by the joint commission.", []),
             ("The observers shall patrol the river by boat between the posts, and the parties "
              "shall give them free passage at all times.", []),
         ]},
    ],
    "footnotes": {
        "1": "S/2036/402, annex.",
    },
}

# ------------------------------------------------------------------ other languages
# Resolutions in French, Spanish and Russian, laid out as the General Assembly's editions in
# those languages are: the labels of page 1 in the language ("labels"), sub-items "a)", a
# no-break space before ";" and ":" in French. U+00A0 is drawn as such and read back as a space.
NBSP = "\u00a0"

WETLANDS_FR = {
    "name": "A_RES_91_140",
    "page": A4,
    "justify": True,
    "require": {},
    "createDate": "2037-01-20T09:00:00Z",
    "shortTitle": "Zones humides côtières",
    "labels": {
        "un": "Nations Unies",
        "organ": "Assemblée générale",
        "distr": "Distr. générale",
        "agenda": "Point {} de l’ordre du jour",
        "adopted": "Résolution adoptée par l’Assemblée générale le {}",
        "job": "(F)",
        "recycle": None,
    },
    "formula": "L’Assemblée générale,",
    "meta": {
        "symbol": "A/RES/91/140",
        "organ": "General Assembly",
        "distribution": "General",
        "issuedDate": ("2037-01-20", "20 janvier 2037"),
        "session": "Quatre-vingt-onzième session",
        "sessionNumber": 91,
        "agendaItems": ["18"],
        "agendaItemTitle": None,
        "documentType": "resolution",
        "resolutionNumber": "91/140",
        "title": "Protection des zones humides côtières et des oiseaux migrateurs",
        "adoptionDate": ("2037-01-15", "15 janvier 2037"),
        "adoptionReference": "sur la base du rapport de la Deuxième Commission (A/91/460/Add.3)",
        "meeting": "61e séance plénière",
        "adoptionVote": None,
        "committee": None,
        "sponsors": [],
        "language": "fr",
        "jobNumber": "37-00733",
    },
    "jobDate": "200137",
    "preamble": [
        ("Rappelant", "sa résolution 89/204 du 18 décembre 2034 sur la gestion durable des "
         "littoraux et sa résolution 90/57 du 6 décembre 2035 sur les voies de migration des "
         "oiseaux d’eau,"),
        ("Considérant", "que les marais salés, les vasières, les lagunes et les mangroves "
         "abritent chaque année des millions d’oiseaux migrateurs qui s’y reposent et s’y "
         "nourrissent entre leurs aires de reproduction et leurs aires d’hivernage,"),
        ("Consciente", "que ces milieux retiennent les sédiments, amortissent les tempêtes, "
         "épurent les eaux et fournissent aux communautés riveraines du poisson, du sel, du "
         "roseau et des revenus tirés du tourisme,"),
        ("Préoccupée", "par le fait que la superficie des zones humides côtières a diminué de "
         "près d’un tiers au cours des cinquante dernières années{1} en raison de l’urbanisation, "
         "de l’aquaculture intensive, de l’endiguement et de la pollution,"),
        ("Notant", "avec satisfaction les programmes de suivi menés par des réseaux "
         "d’observateurs bénévoles, qui dénombrent les oiseaux sur plus de trois mille sites et "
         "mettent leurs données à la disposition de tous,"),
        ("Convaincue", "que la protection de ces milieux exige la coopération des États situés "
         "le long d’une même voie de migration,"),
    ],
    "operative": [
        ("Invite", "les États Membres à recenser les zones humides côtières situées sur leur "
         "territoire, à évaluer leur état de conservation et à désigner comme aires protégées "
         "celles qui jouent un rôle essentiel pour les oiseaux migrateurs" + NBSP + ";", []),
        ("Encourage", "les États Membres à restaurer les zones humides dégradées, notamment" + NBSP + ":", [
            ("a)", "En rétablissant les échanges d’eau entre la mer et les lagunes" + NBSP + ";", []),
            ("b)", "En replantant les mangroves et les herbiers sur les sites où ils ont "
             "disparu" + NBSP + ";", []),
            ("c)", "En associant les pêcheurs, les sauniers et les autres usagers à la "
             "gestion des sites restaurés" + NBSP + ";", []),
        ]),
        ("Engage", "les États situés le long d’une même voie de migration à échanger leurs "
         "données de dénombrement et à coordonner les périodes de protection des sites de halte "
         "migratoire" + NBSP + ";", []),
        ("Souligne", "qu’il importe de tenir compte des zones humides côtières dans la "
         "planification des ports, des digues et des zones d’activités, et de consulter à un stade "
         "précoce les communautés concernées" + NBSP + ";", []),
        ("Invite", "les organismes des Nations Unies et les autres partenaires à fournir une "
         "assistance technique aux pays en développement qui en font la demande, en particulier "
         "pour la formation des gardes et des techniciens chargés du suivi des sites" + NBSP + ";", []),
        ("Prie", "le Secrétaire général de lui présenter, à sa quatre-vingt-quatorzième session, "
         "un rapport sur l’application de la présente résolution.", []),
    ],
    "footnotes": {
        "1": "Voir A/91/187, annexe, tableau 2. Les chiffres portent sur les quatre-vingt-deux pays "
             "qui ont répondu au questionnaire du Secrétariat.",
    },
}

LIBRARIES_ES = {
    "name": "A_RES_91_151",
    "page": A4,
    "justify": True,
    "require": {},
    "createDate": "2037-01-22T09:00:00Z",
    "shortTitle": "Bibliotecas escolares",
    "labels": {
        "un": "Naciones Unidas",
        "organ": "Asamblea General",
        "distr": "Distr. general",
        "agenda": "Tema {} del programa",
        "adopted": "Resolución aprobada por la Asamblea General el {}",
        "job": "(S)",
        "recycle": None,
    },
    "formula": "La Asamblea General,",
    "meta": {
        "symbol": "A/RES/91/151",
        "organ": "General Assembly",
        "distribution": "General",
        "issuedDate": ("2037-01-22", "22 de enero de 2037"),
        "session": "Nonagésimo primer período de sesiones",
        "sessionNumber": 91,
        "agendaItems": ["25"],
        "agendaItemTitle": None,
        "documentType": "resolution",
        "resolutionNumber": "91/151",
        "title": "Bibliotecas escolares y alfabetización de niños y jóvenes",
        "adoptionDate": ("2037-01-16", "16 de enero de 2037"),
        "adoptionReference": "sobre la base del informe de la Tercera Comisión (A/91/472)",
        "meeting": "62ª sesión plenaria",
        "adoptionVote": None,
        "committee": None,
        "sponsors": [],
        "language": "es",
        "jobNumber": "37-00781",
    },
    "jobDate": "220137",
    "preamble": [
        ("Recordando", "su resolución 88/95, de 11 de diciembre de 2033, relativa a la educación "
         "de calidad para todos, y su resolución 90/130, de 14 de diciembre de 2035, relativa al "
         "acceso a la información,"),
        ("Reconociendo", "que una biblioteca escolar bien dotada ofrece a los alumnos libros, "
         "revistas y recursos digitales, así como un lugar tranquilo para leer, estudiar y "
         "trabajar en grupo fuera del horario de clase,"),
        ("Observando con preocupación", "que en muchos países la mayoría de las escuelas "
         "primarias carecen de biblioteca o de personal encargado de ella,{1} y que los libros "
         "disponibles rara vez están escritos en los idiomas que hablan los niños en su casa,"),
        ("Acogiendo con beneplácito", "las iniciativas de los maestros, las familias y las "
         "asociaciones de vecinos que han creado rincones de lectura y bibliotecas itinerantes en "
         "escuelas rurales,"),
        ("Convencida", "de que el hábito de la lectura adquirido en la infancia favorece el "
         "aprendizaje a lo largo de toda la vida,"),
    ],
    "operative": [
        ("Alienta", "a los Estados Miembros a que velen por que cada escuela disponga de una "
         "biblioteca o de un servicio de préstamo de libros adaptado a la edad y al idioma de "
         "sus alumnos;", []),
        ("Invita", "a los Estados Miembros a que, en la medida de sus posibilidades, adopten "
         "medidas como las siguientes:", [
            ("a)", "La formación de maestros bibliotecarios y de voluntarios que animen "
             "actividades de lectura;", []),
            ("b)", "La compra de libros de autores locales y la traducción de obras infantiles a "
             "los idiomas nacionales y minoritarios;", []),
            ("c)", "La apertura de las bibliotecas escolares a las familias durante las vacaciones "
             "y los fines de semana;", []),
        ]),
        ("Exhorta", "a los organismos de las Naciones Unidas y a otros asociados a que presten "
         "apoyo técnico y financiero a los países en desarrollo que deseen crear o ampliar redes "
         "de bibliotecas escolares;", []),
        ("Destaca", "la importancia de reunir datos comparables sobre el número de bibliotecas "
         "escolares, sus colecciones y su personal, y de publicarlos periódicamente;", []),
        ("Alienta", "a las editoriales, a las asociaciones de autores y a las bibliotecas públicas "
         "a que colaboren con las escuelas en la organización de ferias del libro, concursos de "
         "lectura y visitas de escritores;", []),
        ("Solicita", "al Secretario General que le presente, en su nonagésimo cuarto período de "
         "sesiones, un informe sobre la aplicación de la presente resolución.", []),
    ],
    "footnotes": {
        "1": "Véase A/91/205, secc. III. El estudio abarcó setenta y tres países y más de nueve "
             "mil escuelas.",
    },
}

GLACIERS_RU = {
    "name": "A_RES_91_163",
    "page": A4,
    "justify": True,
    "require": {},
    "createDate": "2037-01-27T09:00:00Z",
    "shortTitle": "Горные ледники",
    "labels": {
        "un": "Организация Объединенных Наций",
        "organ": "Генеральная Ассамблея",
        "distr": "Distr.: General",
        "agenda": "Пункт {} повестки дня",
        "adopted": "Резолюция, принятая Генеральной Ассамблеей {}",
        "job": "(R)",
        "recycle": None,
    },
    "formula": "Генеральная Ассамблея,",
    "meta": {
        "symbol": "A/RES/91/163",
        "organ": "General Assembly",
        "distribution": "General",
        "issuedDate": ("2037-01-27", "27 января 2037 года"),
        "session": "Девяносто первая сессия",
        "sessionNumber": 91,
        "agendaItems": ["19"],
        "agendaItemTitle": None,
        "documentType": "resolution",
        "resolutionNumber": "91/163",
        "title": "Наблюдение за горными ледниками и водными ресурсами",
        "adoptionDate": ("2037-01-19", "19 января 2037 года"),
        "adoptionReference": "по докладу Второго комитета (A/91/461/Add.5)",
        "meeting": "64-е пленарное заседание",
        "adoptionVote": None,
        "committee": None,
        "sponsors": [],
        "language": "ru",
        "jobNumber": "37-00852",
    },
    "jobDate": "270137",
    "preamble": [
        ("ссылаясь", "на свою резолюцию 89/211 от 20 декабря 2034 года о рациональном "
         "использовании пресной воды и свою резолюцию 90/88 от 9 декабря 2035 года об уменьшении "
         "опасности бедствий в горных районах,"),
        ("признавая", "что горные ледники накапливают воду зимой и отдают ее летом, питая реки, "
         "от которых зависят сельское хозяйство, энергетика и водоснабжение городов в "
         "долинах,"),
        ("будучи обеспокоена", "тем, что большинство наблюдаемых ледников быстро теряет "
         "массу{1} и что образующиеся у их края озера могут внезапно прорваться и затопить "
         "расположенные ниже поселки,"),
        ("отмечая", "работу станций наблюдения, университетов и горных общин, которые из года в "
         "год измеряют толщину и протяженность ледников и делятся этими данными,"),
        ("будучи убеждена", "в том, что сотрудничество государств, расположенных в одном "
         "речном бассейне, необходимо для своевременного предупреждения об опасности,"),
    ],
    "operative": [
        ("призывает", "государства-члены расширять сети наблюдения за горными ледниками и "
         "обеспечивать их долгосрочное финансирование;", []),
        ("рекомендует", "государствам-членам, в частности:", [
            ("a)", "составить перечни ледниковых озер, представляющих опасность для "
             "населения;", []),
            ("b)", "создать системы раннего оповещения в долинах, расположенных ниже таких "
             "озер;", []),
            ("c)", "учитывать изменения стока рек при планировании орошения и строительства "
             "плотин;", []),
        ]),
        ("предлагает", "государствам, расположенным в одном речном бассейне, обмениваться "
         "данными наблюдений и совместно проводить учения по эвакуации населения;", []),
        ("просит", "организации системы Организации Объединенных Наций оказывать "
         "развивающимся странам по их просьбе техническую помощь в подготовке специалистов по "
         "наблюдению за ледниками;", []),
        ("подчеркивает", "важность открытого доступа к архивам измерений, фотографиям и картам "
         "ледников, собранным за прошлые десятилетия;", []),
        ("просит", "Генерального секретаря представить ей на ее девяносто четвертой сессии "
         "доклад об осуществлении настоящей резолюции.", []),
    ],
    "footnotes": {
        "1": "См. A/91/190, приложение II. Данные охватывают двести сорок ледников в "
             "тридцати одной стране.",
    },
}

# A Chinese resolution: set in WenQuanYi Zen Hei (fonts-wqy-zenhei), no italics (the Chinese
# editions set no lead-in apart), lines broken between characters, a space on each side of a
# run of Latin letters or digits as the Chinese editions print it ("2037 年 1 月 21 日").
PARKS_ZH = {
    "name": "A_RES_91_170",
    "page": A4,
    "justify": False,
    "require": {},
    "font": "WenQuanYi Zen Hei",
    "cjk": True,
    "createDate": "2037-01-29T09:00:00Z",
    "shortTitle": "城市绿地与公众健康",
    "labels": {
        "un": "联合国",
        "organ": "大会",
        "distr": "Distr.: General",
        "agenda": "议程项目 {}",
        "adopted": "{}大会通过的决议",
        "job": "(C)",
        "recycle": None,
    },
    "formula": "大会，",
    "meta": {
        "symbol": "A/RES/91/170",
        "organ": "General Assembly",
        "distribution": "General",
        "issuedDate": ("2037-01-29", "2037 年 1 月 29 日"),
        "session": "第九十一届会议",
        "sessionNumber": 91,
        "agendaItems": ["20"],
        "agendaItemTitle": None,
        "documentType": "resolution",
        "resolutionNumber": "91/170",
        "title": "城市绿地与公众健康",
        "adoptionDate": ("2037-01-21", "2037 年 1 月 21 日"),
        "adoptionReference": "根据第二委员会的报告(A/91/462/Add.2)通过",
        "meeting": "第 65 次全体会议",
        "adoptionVote": None,
        "committee": None,
        "sponsors": [],
        "language": "zh",
        "jobNumber": "37-00917",
    },
    "jobDate": "290137",
    "preamble": [
        ("", "回顾其 2034 年 12 月 15 日关于可持续城市的第 89/190 号决议和 2035 年 12 月 "
         "8 日关于非传染性疾病预防的第 90/64 号决议，"),
        ("", "认识到公园、街道树木、社区花园和河岸绿带为城市居民提供了散步、运动、休息和相互"
         "交往的场所，并有助于降低夏季高温、减少噪音和改善空气质量，"),
        ("", "关切地注意到在许多迅速发展的城市中，人均绿地面积不断减少，{1}低收入街区的居民"
         "往往需要步行很长距离才能到达一处公园，"),
        ("", "欢迎地方政府、学校、居民协会和志愿者在空地上种植树木、开辟社区花园并共同照管"
         "这些场所的做法，"),
        ("", "深信城市绿地的规划和维护需要卫生、规划、环境和交通部门之间的密切合作，"),
        ("", "注意到在城市规划中及早听取儿童、老年人和残疾人意见的城市，其绿地往往得到更"
         "充分的利用，"),
        ("", "又注意到城市树木的遮荫可以明显降低街道和建筑物的温度，从而减少热浪期间的"
         "中暑和死亡人数，并减少空调用电，"),
        ("", "确认雨水花园、湿地公园和透水地面能够在暴雨期间蓄积雨水，减轻城市内涝，并"
         "为鸟类、昆虫和其他野生动物提供栖息地，"),
        ("", "意识到绿地的效益只有在其安全、整洁、照明良好并在晚间和周末开放的情况下才能"
         "得到充分发挥，"),
        ("", "赞赏一些城市将废弃的铁路、码头和工业用地改造为公园和步行道，使原本封闭的"
         "地段重新向公众开放，"),
    ],
    "operative": [
        ("", "鼓励会员国将城市绿地纳入国家和地方的卫生与城市规划战略，并为其长期维护提供"
         "资金；", []),
        ("", "请会员国酌情采取以下措施：", [
            ("(a)", "确保每个街区的居民在步行距离内都能到达一处公共绿地；", []),
            ("(b)", "在学校、医院和养老设施周围种植树木并开辟花园；", []),
            ("(c)", "保护现有的河岸绿带和城市森林，避免将其改作其他用途；", []),
        ]),
        ("", "邀请联合国系统各组织和其他伙伴应发展中国家的请求，为绿地规划、树木养护和"
         "社区参与提供技术援助；", []),
        ("", "强调应定期收集并公布关于城市绿地面积、分布和使用情况的可比数据；", []),
        ("", "鼓励各城市交流良好做法，包括通过城市之间的结对合作和在线平台；", []),
        ("", "吁请会员国在新建住房、道路和交通设施时保留足够的绿地，并在可能情况下将停车场"
         "和空置地块改造为公园或社区花园；", []),
        ("", "鼓励会员国支持居民、学校和志愿者团体参与树木种植和绿地养护，包括为其提供"
         "培训、工具和小额赠款；", []),
        ("", "又鼓励卫生部门与城市规划部门合作，评估绿地对居民身体和心理健康的影响，并将"
         "评估结果用于今后的规划；", []),
        ("", "请秘书长向大会第九十四届会议提交一份关于本决议执行情况的报告。", []),
    ],
    "footnotes": {
        "1": "见 A/91/196，附件一。该研究涵盖六十四个国家的二百一十座城市。",
    },
}

# An Arabic resolution, set right to left by Pango (python3-gi, gir1.2-pango-1.0) in DejaVu
# Sans (fonts-dejavu-core; a sans serif like the Arial of the ESCWA documents' Arabic, with
# boxes of 1.16 em: Noto Naskh Arabic's 1.7 em boxes overlap the next line), its page mirrored from the English one as the Arabic
# editions are: the masthead and the session block on the right, "Distr.: General" and the
# date on the left, paragraph numbers "1-" and items "(أ)" at the right margin, footnote
# markers "(1)" raised after their word and the notes at the foot of the page on the right,
# the closing meeting lines on the left. No italics and no lead-ins, as in the Arabic editions.
OASES_AR = {
    "name": "A_RES_91_175",
    "page": A4,
    "justify": True,
    "font": "DejaVu Sans",
    "rtl": True,
    "require": {"pageBreakParagraph": True},
    "createDate": "2037-02-03T09:00:00Z",
    "shortTitle": "حماية الواحات ونظمها الإيكولوجية",
    "labels": {
        "un": "الأمم المتحدة",
        "organ": "الجمعية العامة",
        "distr": "Distr.: General",
        "agenda": "البند {} من جدول الأعمال",
        "adopted": "قرار اتخذته الجمعية العامة في {}",
        "job": "(A)",
        "recycle": None,
    },
    "formula": "إن الجمعية العامة،",
    "meta": {
        "symbol": "A/RES/91/175",
        "organ": "General Assembly",
        "distribution": "General",
        "issuedDate": ("2037-02-03", "3 شباط/فبراير 2037"),
        "session": "الدورة الحادية والتسعون",
        "sessionNumber": 91,
        "agendaItems": ["18"],
        "agendaItemTitle": None,
        "documentType": "resolution",
        "resolutionNumber": "91/175",
        "title": "حماية الواحات ونظمها الإيكولوجية",
        "adoptionDate": ("2037-01-28", "28 كانون الثاني/يناير 2037"),
        "adoptionReference": "بناء على تقرير اللجنة الثانية (A/91/460/Add.4)",
        "meeting": "الجلسة العامة 66",
        "adoptionVote": None,
        "committee": None,
        "sponsors": [],
        "language": "ar",
        "jobNumber": "37-01044",
    },
    "jobDate": "030237",
    "preamble": [
        ("", "إذ تشير إلى قرارها 89/230 المؤرخ 21 كانون الأول/ديسمبر 2034 بشأن مكافحة التصحر، "
         "وإلى قرارها 90/112 المؤرخ 10 كانون الأول/ديسمبر 2035 بشأن إدارة المياه الجوفية،"),
        ("", "وإذ تدرك أن الواحات تؤوي منذ قرون مجتمعات زراعية ورعوية تعيش على مياه العيون "
         "والأفلاج، وأنها تحفظ أصنافا محلية من النخيل والحبوب والأشجار المثمرة لا توجد في "
         "أماكن أخرى،"),
        ("", "وإذ يساورها القلق لأن مساحة الواحات المزروعة قد تقلصت في كثير من البلدان بسبب "
         "استنزاف المياه الجوفية وزحف الرمال وهجرة الشباب إلى المدن،{1} ولأن كثيرا من قنوات "
         "الري القديمة قد جفت أو تهدمت،"),
        ("", "وإذ ترحب بالمبادرات المحلية التي يقوم بها المزارعون والجمعيات الأهلية لإصلاح "
         "قنوات الري التقليدية وتنظيف العيون والأفلاج وزراعة الأحزمة الخضراء حول الواحات،"),
        ("", "وإذ تلاحظ أن الواحات تجذب أعدادا متزايدة من الزوار، وأن السياحة يمكن أن تكون "
         "مصدر دخل للسكان إذا احترمت قدرة المياه على الاحتمال،"),
        ("", "وإذ تسلم بأن النساء في الواحات يتولين جزءا كبيرا من أعمال الزراعة وتوزيع المياه "
         "وحفظ البذور، وبأن مشاركتهن في القرارات المتعلقة بإدارة الموارد ضرورية لنجاح أي خطة "
         "لحماية الواحات،"),
        ("", "وإذ تحيط علما بالدراسات التي أعدتها الجامعات ومراكز البحث في المناطق الجافة عن "
         "حالة طبقات المياه الجوفية التي تعتمد عليها الواحات، وعن أثر تغير المناخ في كمية "
         "الأمطار التي تغذيها،"),
        ("", "واقتناعا منها بأن حماية الواحات تتطلب تعاون البلدان التي تتقاسم طبقات المياه "
         "الجوفية نفسها، وتبادل المعارف بين المزارعين والباحثين،"),
    ],
    "operative": [
        ("", "تهيب بالدول الأعضاء أن تدرج حماية الواحات في استراتيجياتها الوطنية للتنمية "
         "المستدامة وإدارة المياه، وأن توفر لها التمويل اللازم على المدى الطويل؛", []),
        ("", "تشجع الدول الأعضاء على أن تتخذ، حسب الاقتضاء، تدابير منها ما يلي:", [
            ("(أ)", "إصلاح قنوات الري التقليدية وصيانتها بمشاركة المزارعين الذين يستخدمونها؛", []),
            ("(ب)", "رصد منسوب المياه الجوفية ونشر نتائج الرصد بانتظام على السكان؛", []),
            ("(ج)", "حماية أصناف النخيل المحلية وإنشاء مشاتل لإكثارها وتوزيعها على المزارعين؛", []),
        ]),
        ("", "تدعو البلدان التي تتقاسم طبقات المياه الجوفية نفسها إلى تبادل بيانات الرصد "
         "والتشاور قبل حفر آبار جديدة عميقة؛", []),
        ("", "تدعو مؤسسات منظومة الأمم المتحدة وسائر الشركاء إلى تقديم المساعدة التقنية "
         "إلى البلدان النامية التي تطلبها، ولا سيما في مجال تدريب المهندسين والفنيين على "
         "صيانة شبكات الري وحساب موازنة المياه؛", []),
        ("", "تؤكد أهمية جمع المعارف التقليدية المتعلقة بتوزيع المياه في الواحات وتسجيلها "
         "ونقلها إلى الأجيال الجديدة، بما في ذلك الأعراف التي تحدد حصص الأسر من مياه العيون "
         "ومواعيد الري وطرق صيانة القنوات المشتركة، وتشجع الجامعات على إدراج هذه المعارف في "
         "برامج تدريس الهندسة الزراعية؛", []),
        ("", "تطلب إلى الأمين العام أن يقدم إليها في دورتها الرابعة والتسعين تقريرا عن تنفيذ "
         "هذا القرار.", []),
    ],
    "footnotes": {
        "1": "انظر A/91/188، المرفق الثاني.",
    },
}

SAMPLES = [LIGHTHOUSES, SEED_BANKS, LIBRARIES, HARBOUR_MISSION, RIVER_PLAN, WETLANDS_FR, LIBRARIES_ES, GLACIERS_RU, PARKS_ZH, OASES_AR]


# ====================================================================== text model
MARK_RE = re.compile(r"(\*|\{[^}]+\})")


def plain(markup):
    """The text as the contract wants it: no markers, no italics markup, one space."""
    s = re.sub(r"\{[^}]+\}", "", markup).replace("*", "")
    return re.sub(r"\s+", " ", s).strip()


def markers(markup):
    out = []
    for m in re.findall(r"\{([^}]+)\}", markup):
        if m not in out:
            out.append(m)
    return out


def marker_offsets(markup):
    """Each marker with its place in plain(markup): the code points of the text before it."""
    out = []
    for m in re.finditer(r"\{([^}]+)\}", markup):
        before = plain(markup[:m.start()])
        out.append({"marker": m.group(1), "offset": len(before)})
    return out


def sanitized(label):
    """A label as an id part, as docstruct's Anchors makes it: letters and digits of any script
    kept, an inner ".", " " or "-" as "-", the rest dropped ("(a)" → "a", "1-" → "1")."""
    out = ""
    for ch in label:
        if ch.isalnum():
            out += ch
        elif ch in ". -" and out and not out.endswith("-"):
            out += "-"
    return out.rstrip("-")


def with_ids(blocks):
    """The blocks with the ids docstruct gives them (formula_1, preamble__p_N, para_N and
    para_N__list_1__point_a below), each block's id first."""
    counts = {}

    def named(blk, ident):
        kids = [named(it, ident + "__list_1__point_" + sanitized(it["number"]))
                for it in blk["items"]]
        return dict([("id", ident)] + [(k, kids if k == "items" else v) for k, v in blk.items()])

    out = []
    scope = ""      # everything after an annex heading is inside it: annex_1__para_3
    for blk in blocks:
        if blk["kind"] == "heading" and blk["role"] == "annex":
            counts["annex"] = counts.get("annex", 0) + 1
            ident = "annex_%d" % counts["annex"]
            scope = ident + "__"
        elif blk["role"] == "formula" or blk["role"] == "preamble":
            counts[blk["role"]] = counts.get(blk["role"], 0) + 1
            ident = ("formula_%d" if blk["role"] == "formula" else "preamble__p_%d") % counts[blk["role"]]
        else:
            ident = scope + "para_" + sanitized(blk["number"])
        out.append(named(blk, ident))
    return out


def segments(markup, base):
    """Split markup into (style, text) and ('sup', marker) segments."""
    italic = False
    out = []
    for part in MARK_RE.split(markup):
        if part == "":
            continue
        if part == "*":
            italic = not italic
        elif part.startswith("{"):
            out.append(("sup", part[1:-1]))
        else:
            out.append(("i" if italic else base, part))
    return out


class Box:
    """A word as drawn: pieces in their styles, an optional superscript marker."""

    def __init__(self):
        self.pieces = []        # [(style, text)]
        self.sup = None
        self.space_after = True
        self.width = 0.0


def boxes_of(markup, base, m):
    boxes = []
    cur = Box()
    for style, text in segments(markup, base):
        if style == "sup":
            cur.sup = text
            continue
        words = text.split(" ")
        for k, w in enumerate(words):
            if k > 0 and (cur.pieces or cur.sup):
                boxes.append(cur)
                cur = Box()
            if w:
                if cur.sup is not None:      # text glued after a marker: new box
                    cur.space_after = False
                    boxes.append(cur)
                    cur = Box()
                cur.pieces.append((style, w))
    if cur.pieces or cur.sup:
        boxes.append(cur)
    if CJK:
        boxes = [part for b in boxes for part in cjk_split(b)]
    # allow a break after the hyphen of a compound word ("non-governmental")
    split = []
    for b in boxes:
        parts = [b]
        if len(b.pieces) == 1:
            style, w = b.pieces[0]
            pieces = re.split(r"(?<=[A-Za-z]-)(?=[A-Za-z])", w)
            if len(pieces) > 1:
                parts = []
                for k, p in enumerate(pieces):
                    nb = Box()
                    nb.pieces = [(style, p)]
                    last = k == len(pieces) - 1
                    nb.space_after = b.space_after if last else False
                    nb.sup = b.sup if last else None
                    parts.append(nb)
        split.extend(parts)
    for b in split:
        b.width = sum(m.adv(s, t, BODY_SIZE) for s, t in b.pieces)
        if b.sup:
            b.width += m.adv("r", SUP_FMT % b.sup, SUP_SIZE)
    return split


CJK_RE = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uff60]")
NO_BREAK_BEFORE = set("，。；：、）」』！？")
NO_BREAK_AFTER = set("（「『")


def cjk_split(b):
    """Chinese is set without spaces and may break between any two characters, but not
    before closing punctuation nor after an opening one; runs of Latin letters and digits
    stay whole."""
    if len(b.pieces) != 1:
        return [b]
    style, w = b.pieces[0]
    groups = []
    for ch in w:
        cjk = bool(CJK_RE.match(ch))
        if groups and (ch in NO_BREAK_BEFORE or groups[-1][-1] in NO_BREAK_AFTER
                       or (not cjk and not CJK_RE.match(groups[-1][-1]))):
            groups[-1] += ch
        else:
            groups.append(ch)
    out = []
    for k, g in enumerate(groups):
        nb = Box()
        nb.pieces = [(style, g)]
        last = k == len(groups) - 1
        nb.space_after = b.space_after if last else False
        nb.sup = b.sup if last else None
        out.append(nb)
    return out


class Measurer:
    def __init__(self, ctx):
        self.ctx = ctx
        self.cache = {}

    def font(self, style, size):
        slant = cairo.FONT_SLANT_ITALIC if "i" in style else cairo.FONT_SLANT_NORMAL
        weight = cairo.FONT_WEIGHT_BOLD if "b" in style else cairo.FONT_WEIGHT_NORMAL
        self.ctx.select_font_face(FONT, slant, weight)
        self.ctx.set_font_size(size)

    def adv(self, style, text, size):
        key = (style, text, size)
        if key not in self.cache:
            if RTL:
                self.cache[key] = pango_layout(self.ctx, style, size, text).get_size()[0] / PANGO_SCALE
            else:
                self.font(style, size)
                self.cache[key] = self.ctx.text_extents(text).x_advance
        return self.cache[key]


PANGO_SCALE = 1024


def pango_layout(ctx, style, size, text):
    """A Pango layout of `text` in the sample's font at `size` pt (Arabic shaping and bidi;
    cairo's own text API does neither). The Arabic
    editions set no italics: only the weight is taken from `style`."""
    import gi
    gi.require_version("Pango", "1.0")
    gi.require_version("PangoCairo", "1.0")
    from gi.repository import Pango, PangoCairo
    layout = PangoCairo.create_layout(ctx)
    options = cairo.FontOptions()
    options.set_hint_metrics(cairo.HINT_METRICS_OFF)
    options.set_hint_style(cairo.HINT_STYLE_NONE)
    PangoCairo.context_set_font_options(layout.get_context(), options)
    # Arabic text and the paragraph numbers ("1-", printed "-1" at the right margin) run right
    # to left; Latin text (the symbol, "Distr.: General") left to right.
    arabic = any("\u0600" <= ch <= "\u06ff" for ch in text) or re.fullmatch(r"\d+-", text)
    layout.get_context().set_base_dir(Pango.Direction.RTL if arabic else Pango.Direction.LTR)
    layout.set_auto_dir(False)
    layout.context_changed()
    fd = Pango.FontDescription(FONT)
    fd.set_absolute_size(size * Pango.SCALE)
    if "b" in style:
        fd.set_weight(Pango.Weight.BOLD)
    layout.set_font_description(fd)
    layout.set_text(text, -1)
    return layout


def wrap(boxes, m, first_width, rest_width, size=BODY_SIZE):
    """Greedy line breaking. Returns a list of lists of boxes."""
    space = m.adv("r", " ", size)
    lines, cur, width = [], [], 0.0
    for b in boxes:
        avail = first_width if not lines else rest_width
        if not cur:
            cur, width = [b], b.width
            continue
        gap = space if cur[-1].space_after else 0.0
        if width + gap + b.width <= avail:
            cur.append(b)
            width += gap + b.width
        else:
            lines.append(cur)
            cur, width = [b], b.width
    if cur:
        lines.append(cur)
    return lines


def line_ops(line, x, width, m, justify, last, size=BODY_SIZE, sup_size=SUP_SIZE,
             sup_rise=SUP_RISE):
    """Draw operations (x, style, size, rise, text) for one line of boxes."""
    space = m.adv("r", " ", size)
    natural = sum(b.width for b in line) + sum(space for b in line[:-1] if b.space_after)
    gaps = sum(1 for b in line[:-1] if b.space_after)
    extra = (width - natural) / gaps if (justify and not last and gaps) else 0.0
    ops = []
    for k, b in enumerate(line):
        for style, text in b.pieces:
            ops.append((x, style, size, 0.0, text))
            x += m.adv(style, text, size)
        if b.sup:
            ops.append((x, "r", sup_size, sup_rise, SUP_FMT % b.sup))
            x += m.adv("r", SUP_FMT % b.sup, sup_size)
        if b.space_after and k < len(line) - 1:
            style = b.pieces[-1][0] if b.pieces and not b.sup else "r"
            ops.append((x, style, size, 0.0, " "))
            x += space + extra
    return ops


# ====================================================================== flow
class Line:
    def __init__(self, ops, space_before, block, refs, keep_with_next=False, advance=None,
                 rule=None, break_before=False):
        self.ops = ops
        self.break_before = break_before    # starts a new page (an annex)
        self.space_before = space_before
        self.block = block      # the dict of the expected block, or None
        self.refs = refs        # footnote markers on this line
        self.keep_with_next = keep_with_next
        self.advance = BODY_LEADING if advance is None else advance
        self.rule = rule        # (x0, x1) of a short rule drawn at the baseline


def paragraph_lines(markup, block, m, x_first, x_rest, right, justify, number=None,
                    x_number=None, space_before=PARA_SPACE):
    boxes = boxes_of(markup, "r", m)
    lines = wrap(boxes, m, right - x_first, right - x_rest)
    out = []
    for k, ln in enumerate(lines):
        x = x_first if k == 0 else x_rest
        ops = line_ops(ln, x, right - x, m, justify, k == len(lines) - 1)
        if k == 0 and number:
            ops.insert(0, (x_number, "r", BODY_SIZE, 0.0, number))
        refs = [b.sup for b in ln if b.sup]
        out.append(Line(ops, space_before if k == 0 else 0.0, block, refs))
    return out


def footnote_lines(marker, markup, m, x_marker, x_text, right):
    boxes = boxes_of(markup, "r", m)
    # footnotes use their own size: re-measure
    for b in boxes:
        b.width = sum(m.adv(s, t, FN_SIZE) for s, t in b.pieces)
    lines = wrap(boxes, m, right - x_text, right - x_text, size=FN_SIZE)
    out = []
    for k, ln in enumerate(lines):
        ops = line_ops(ln, x_text, right - x_text, m, False, True, size=FN_SIZE)
        if k == 0:
            if RTL:     # "(1)" at the note's size, on its baseline
                ops.insert(0, (x_marker - m.adv("r", SUP_FMT % marker, FN_SIZE), "r", FN_SIZE, 0.0,
                               SUP_FMT % marker))
            else:
                ops.insert(0, (x_marker, "r", FN_SUP_SIZE, FN_SUP_RISE, marker))
        out.append((marker, k, ops))
    return out


def fn_space(k):
    return 0.0 if k == 0 else (k - 1) * FN_LEADING + FN_RULE_GAP


class Page:
    def __init__(self, number):
        self.number = number
        self.body = []          # (baseline, Line)
        self.notes = []         # (marker, index, ops, continued_from_previous_page)


def paginate(lines, notes, first_top, first_bottom, top, bottom):
    """Place body lines and footnote lines on pages; notes may run on to the next page."""
    pages = [Page(1)]
    y = None                    # last baseline on the current page
    carry = []
    placed = set()
    note_page = {}
    split_notes = []
    i = 0
    while i < len(lines):
        page = pages[-1]
        page_top = first_top if page.number == 1 else top
        page_bottom = first_bottom if page.number == 1 else bottom
        ln = lines[i]
        if ln.break_before and page.body:
            pages.append(Page(len(pages) + 1))
            y = None
            pages[-1].notes.extend(carry)
            carry = []
            continue
        base = page_top if y is None else y + ln.space_before + ln.advance
        need = [base]
        if ln.keep_with_next and i + 1 < len(lines):
            need.append(base + lines[i + 1].space_before + lines[i + 1].advance)
        new = [mk for mk in ln.refs if mk not in placed]
        new_lines = [nl for mk in new for nl in notes[mk]]
        k_now = len(page.notes)
        if need[-1] + fn_space(k_now + len(new_lines)) <= page_bottom:
            take = len(new_lines)
        else:
            take = 0
            while take < len(new_lines) and need[-1] + fn_space(k_now + take + 1) <= page_bottom:
                take += 1
            if not new_lines or take < 2:
                take = -1       # does not fit: next page
        if take < 0:
            if not page.body and not page.notes:
                raise RuntimeError("line does not fit on an empty page")
            pages.append(Page(len(pages) + 1))
            y = None
            for c in carry:
                pages[-1].notes.append(c)
            carry = []
            continue
        page.body.append((base, ln))
        y = base
        for mk in new:
            placed.add(mk)
        for j, (mk, idx, ops) in enumerate(new_lines):
            if j < take:
                page.notes.append((mk, idx, ops, False))
                note_page.setdefault(mk, page.number)
            else:
                carry.append((mk, idx, ops, True))
                if mk not in split_notes:
                    split_notes.append(mk)
        i += 1
    if carry:
        pages.append(Page(len(pages) + 1))
        pages[-1].notes.extend(carry)
    return pages, note_page, split_notes


# ====================================================================== drawing
def draw_text(ctx, m, x, y, style, size, text, rise=0.0):
    if RTL:
        # Laid out left to right, drawn mirrored: x is the distance of the text's right end
        # from the page's right edge.
        layout = pango_layout(ctx, style, size, text)
        from gi.repository import PangoCairo
        ctx.move_to(PAGE_W - x - m.adv(style, text, size), y - rise - layout.get_baseline() / PANGO_SCALE)
        PangoCairo.show_layout(ctx, layout)
        return
    m.font(style, size)
    ctx.move_to(x, y - rise)
    ctx.show_text(text)


def draw_right(ctx, m, xr, y, style, size, text):
    draw_text(ctx, m, xr - m.adv(style, text, size), y, style, size, text)


def hline(ctx, x0, x1, y, w):
    ctx.set_line_width(w)
    ctx.move_to(x0, y)
    ctx.line_to(x1, y)
    ctx.stroke()


def simple_wrap(text, style, size, width, m):
    lines, cur = [], ""
    for w in text.split(" "):
        t = w if not cur else cur + " " + w
        if cur and m.adv(style, t, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    lines.append(cur)
    return lines


def barcode(ctx, x, y, digits):
    """A decorative bar pattern (shapes, no text) in place of the job-number barcode."""
    pattern = "".join(format(int(d) + 5, "04b") for d in digits if d.isdigit())
    xx = x
    for k, bit in enumerate(pattern * 2):
        w = 1.4 if bit == "1" else 0.7
        if k % 2 == 0:
            ctx.rectangle(xx, y, w, 11)
            ctx.fill()
        xx += w + 0.6


def add_annex(annex, blocks, lines, m, L, R, justify, add_items):
    """An annex on a new page: its label line ("Annex", "ANNEX 1 -") and its title in bold
    12 pt at the left margin, then its numbered paragraphs, which take no role."""
    head = {"kind": "heading", "role": "annex", "number": annex["number"], "level": 1,
            "text": annex["title"], "leadIn": None, "footnoteRefs": [], "footnoteMarkers": [],
            "items": [], "pages": []}
    blocks.append(head)
    lines.append(Line([(L, "b", 12.0, 0.0, annex["label"])], 0.0, head, [], keep_with_next=True,
                      break_before=True))
    for t in simple_wrap(annex["title"], "b", 12.0, R - L, m):
        lines.append(Line([(L, "b", 12.0, 0.0, t)], 0.0, head, [], keep_with_next=True,
                          advance=14.0))
    for n, (text, items) in enumerate(annex["paragraphs"], 1):
        blk = {"kind": "paragraph", "role": None, "number": NUMBER_FMT % n, "level": None,
               "text": plain(text), "leadIn": None, "footnoteRefs": markers(text),
               "footnoteMarkers": marker_offsets(text), "items": [], "pages": []}
        blocks.append(blk)
        lines.extend(paragraph_lines(text, blk, m, L + FIRST_INDENT + NUMBER_TAB, L, R, justify,
                                     number=NUMBER_FMT % n, x_number=L + FIRST_INDENT,
                                     space_before=PARA_SPACE + (12.0 if n == 1 else 0.0)))
        add_items(items, blk, 1, None)


def build(sample):
    global FONT, CJK, RTL, PAGE_W, NUMBER_FMT, SUP_FMT
    FONT = sample.get("font", "Liberation Serif")
    CJK = sample.get("cjk", False)
    RTL = sample.get("rtl", False)
    PAGE_W = sample["page"][0]
    NUMBER_FMT = "%d-" if RTL else "%d."
    SUP_FMT = "(%s)" if RTL else "%s"
    W, H = sample["page"]
    meta = sample["meta"]
    L = 123.4 if sample["page"] == LETTER else 115.0
    R = L + BODY_WIDTH
    ML, MR = 42.0, W - 42.0
    pdf_path = os.path.join(OUT_DIR, sample["name"] + ".pdf")
    surface = cairo.PDFSurface(pdf_path, W, H)
    doc_title = meta["symbol"] + " " + (meta["title"] or "")
    surface.set_metadata(cairo.PDFMetadata.TITLE, doc_title.strip())
    surface.set_metadata(cairo.PDFMetadata.CREATOR, CREATOR)
    surface.set_metadata(cairo.PDFMetadata.CREATE_DATE, sample["createDate"])
    ctx = cairo.Context(surface)
    fo = cairo.FontOptions()
    fo.set_hint_metrics(cairo.HINT_METRICS_OFF)
    fo.set_hint_style(cairo.HINT_STYLE_NONE)
    ctx.set_font_options(fo)
    ctx.set_source_rgb(0, 0, 0)
    m = Measurer(ctx)
    justify = sample["justify"]

    # ---------------------------------------------------------- page-1 header
    head = []                                   # deferred draw calls for page 1

    def T(x, y, style, size, text):
        head.append(("t", x, y, style, size, text))

    lab = dict(ENGLISH_LABELS, **sample.get("labels", {}))
    T(L, 54, "r", 11, lab["un"])
    sym = meta["symbol"]
    rest_w = m.adv("b", sym[1:], 10)
    if RTL:     # drawn mirrored: the large first letter stays on the left of the rest
        T(MR - m.adv("b", sym[0], 17), 54, "b", 17, sym[0])
        T(MR - m.adv("b", sym[0], 17) - rest_w, 54, "b", 10, sym[1:])
    else:
        T(MR - rest_w - m.adv("b", sym[0], 17), 54, "b", 17, sym[0])
        T(MR - rest_w, 54, "b", 10, sym[1:])
    head.append(("l", L, MR, 60, 0.5))
    security_council = meta["organ"] == "Security Council"
    T(L, 88, "b", 20, lab["organ"] or meta["organ"])
    xd = L + 252
    T(xd, 80, "r", 9, lab["distr"] or "Distr.: " + meta["distribution"])
    T(xd, 91, "r", 9, meta["issuedDate"][1])
    if meta["documentType"] == "draftResolution":
        T(xd, 109, "r", 9, "Original: English")
    head.append(("l", ML, MR, 140, 1.5))
    y = 153
    if security_council:
        # "Resolution 2911 (2036)" and the adoption line; no session, agenda or title.
        y = 190
        T(L, y, "b", 12, "Resolution " + meta["resolutionNumber"])
        y += 24
        for t in simple_wrap("Adopted by the Security Council at its %s, on %s"
                             % (meta["meeting"], meta["adoptionDate"][1]), "b", 12, BODY_WIDTH, m):
            T(L, y, "b", 12, t)
            y += 14
        first_top = y + 20
    else:
        T(ML, y, "b", 9, meta["session"])
        if meta["committee"]:
            y += 11
            T(ML, y, "b", 10, meta["committee"])
        y += 11
        items = meta["agendaItems"]
        T(ML, y, "r", 9, lab["agenda"].format(" and ".join(items)) if lab["agenda"] else
          ("Agenda item " if len(items) == 1 else "Agenda items ") + " and ".join(items))
        if meta["agendaItemTitle"]:
            for t in simple_wrap(meta["agendaItemTitle"], "b", 9, 200, m):
                y += 10.5
                T(ML, y, "b", 9, t)
        y = max(y + 34, 205)
        if meta["documentType"] == "resolution":
            if lab["adopted"]:
                # One line, as the French, Spanish and Russian editions print it.
                T(L, y, "b", 12, lab["adopted"].format(meta["adoptionDate"][1]))
            else:
                T(L, y, "b", 12, "Resolution adopted by the General Assembly on")
                y += 14
                T(L, y, "b", 12, meta["adoptionDate"][1])
            y += 17
            T(L, y, "i", 10, "[" + meta["adoptionReference"] + "]")
            y += 24
            # The Arabic edition prints the number without a full stop: drawn on its own, a
            # final "." would stand on the wrong side of it for a right-to-left line.
            number = meta["resolutionNumber"] + ("" if RTL else ".")
            T(L - 20 - m.adv("b", number, 12), y, "b", 12, number)
        else:
            for t in simple_wrap(sample["sponsorLine"], "b", 11, BODY_WIDTH, m):
                T(L, y, "b", 11, t)
                y += 13
            y += 12
        for k, t in enumerate(simple_wrap(meta["title"], "b", 12, BODY_WIDTH, m)):
            if k:
                y += 14
            T(L, y, "b", 12, t)
        first_top = y + 22

    # ---------------------------------------------------------- body lines
    blocks, lines = [], []
    formula = {"kind": "paragraph", "role": "formula", "number": None, "level": None,
               "text": sample.get("formula", "The General Assembly,"), "leadIn": None, "footnoteRefs": [],
               "footnoteMarkers": [], "items": [], "pages": []}
    blocks.append(formula)
    lines += paragraph_lines(formula["text"] if CJK else "*" + formula["text"] + "*", formula, m, L + FIRST_INDENT, L, R,
                             justify, space_before=0.0)
    for lead, rest in sample["preamble"]:
        mk = "*" + lead + "* " + rest if lead else rest     # Chinese sets no lead-in apart
        blk = {"kind": "paragraph", "role": "preamble", "number": None, "level": None,
               "text": plain(mk), "leadIn": lead or None, "footnoteRefs": markers(mk),
               "footnoteMarkers": marker_offsets(mk), "items": [],
               "pages": []}
        blocks.append(blk)
        lines += paragraph_lines(mk, blk, m, L + FIRST_INDENT, L, R, justify,
                                 space_before=PARA_SPACE)

    def add_items(items, parent, level, role="operative"):
        x_num = L + FIRST_INDENT
        x_rest = L if level == 1 else L + FIRST_INDENT
        for number, text, sub in items:
            blk = {"kind": "paragraph", "role": role, "number": number, "level": level,
                   "text": plain(text), "leadIn": None, "footnoteRefs": markers(text),
                   "footnoteMarkers": marker_offsets(text), "items": [], "pages": []}
            parent["items"].append(blk)
            lines.extend(paragraph_lines(text, blk, m, x_num + NUMBER_TAB, x_rest, R, justify,
                                         number=number, x_number=x_num))
            add_items(sub, blk, level + 1, role)

    for n, (lead, rest, items) in enumerate(sample["operative"], 1):
        mk = "*" + lead + "* " + rest if lead else rest
        blk = {"kind": "paragraph", "role": "operative", "number": NUMBER_FMT % n, "level": None,
               "text": plain(mk), "leadIn": lead or None, "footnoteRefs": markers(mk),
               "footnoteMarkers": marker_offsets(mk), "items": [],
               "pages": []}
        blocks.append(blk)
        lines += paragraph_lines(mk, blk, m, L + FIRST_INDENT + NUMBER_TAB, L, R, justify,
                                 number=NUMBER_FMT % n, x_number=L + FIRST_INDENT)
        add_items(items, blk, 1)

    # closing lines and end rule
    if meta["meeting"] and not security_council:
        t1, t2 = meta["meeting"], meta["adoptionDate"][1]
        lines.append(Line([(R - m.adv("i", t1, BODY_SIZE), "i", BODY_SIZE, 0.0, t1)], 24.0,
                          None, [], keep_with_next=True))
        lines.append(Line([(R - m.adv("i", t2, BODY_SIZE), "i", BODY_SIZE, 0.0, t2)], 0.0,
                          None, [], keep_with_next=True))
    mid = (L + R) / 2
    lines.append(Line([], 0.0, None, [], advance=18.0, rule=(mid - 36, mid + 36)))
    for annex in sample.get("annexes", []):
        add_annex(annex, blocks, lines, m, L, R, justify, add_items)

    # ---------------------------------------------------------- footnotes
    order = []
    for ln in lines:
        for mk in ln.refs:
            if mk not in order:
                order.append(mk)
    if order != sorted(sample["footnotes"], key=lambda s: int(s)):
        raise RuntimeError("footnotes not referenced in marker order: %r" % order)
    notes = {mk: footnote_lines(mk, sample["footnotes"][mk], m, L - 10, L, R)
             for mk in order}

    first_bottom = H - 92.0
    bottom = H - 66.0
    pages, note_page, split_notes = paginate(lines, notes, first_top, first_bottom, 76.0,
                                             bottom)
    total = len(pages)

    # ---------------------------------------------------------- draw
    for page in pages:
        if page.number == 1:
            for h in head:
                if h[0] == "t":
                    draw_text(ctx, m, h[1], h[2], h[3], h[4], h[5])
                else:
                    hline(ctx, h[1], h[2], h[3], h[4])
            job = meta["jobNumber"] + " " + lab["job"]
            draw_text(ctx, m, ML, H - 52, "r", 8.5, job)
            draw_text(ctx, m, ML + m.adv("r", job, 8.5) + 14, H - 52, "r", 8.5,
                      sample["jobDate"])
            barcode(ctx, ML, H - 46, meta["jobNumber"])
            if lab["recycle"]:
                draw_right(ctx, m, MR, H - 40, "b", 7, lab["recycle"])
            page_bottom = first_bottom
        else:
            even = page.number % 2 == 0
            hline(ctx, ML, MR, 46, 0.5)
            if even:
                draw_text(ctx, m, ML, 40, "b", 8.5, meta["symbol"])
                draw_right(ctx, m, MR, 40, "i", 8, sample["shortTitle"])
                draw_text(ctx, m, ML, H - 40, "b", 8.5, "%d/%d" % (page.number, total))
                draw_right(ctx, m, MR, H - 40, "r", 7, meta["jobNumber"])
            else:
                draw_text(ctx, m, ML, 40, "i", 8, sample["shortTitle"])
                draw_right(ctx, m, MR, 40, "b", 8.5, meta["symbol"])
                draw_text(ctx, m, ML, H - 40, "r", 7, meta["jobNumber"])
                draw_right(ctx, m, MR, H - 40, "b", 8.5, "%d/%d" % (page.number, total))
            page_bottom = bottom
        for base, ln in page.body:
            for x, style, size, rise, text in ln.ops:
                draw_text(ctx, m, x, base, style, size, text, rise)
            if ln.rule:
                hline(ctx, ln.rule[0], ln.rule[1], base, 0.5)
            if ln.block is not None and page.number not in ln.block["pages"]:
                ln.block["pages"].append(page.number)
        k = len(page.notes)
        if k:
            yb = page_bottom - (k - 1) * FN_LEADING
            hline(ctx, L - 14, L + 58, yb - 12, 0.5)
            for j, (mk, idx, ops, _) in enumerate(page.notes):
                for x, style, size, rise, text in ops:
                    draw_text(ctx, m, x, yb + j * FN_LEADING, style, size, text, rise)
        ctx.show_page()
    surface.finish()
    fix_info(pdf_path, doc_title.strip(), sample["createDate"])

    # ---------------------------------------------------------- checks
    req = {} if os.environ.get("SAMPLES_NO_CHECK") else sample.get("require", {})
    if req.get("splitFootnote") and not split_notes:
        raise RuntimeError(sample["name"] + ": no footnote runs on to the next page")
    if req.get("pageBreakParagraph") and not any(len(b["pages"]) > 1 for b in flat(blocks)):
        raise RuntimeError(sample["name"] + ": no paragraph crosses a page break")
    if not 2 <= total <= 5:
        raise RuntimeError(sample["name"] + ": %d pages" % total)

    # ---------------------------------------------------------- expected JSON
    md = {}
    for key, val in meta.items():
        md[key] = val[0] if isinstance(val, tuple) else val
    # Contract fields none of the samples prints.
    for key, empty in (("submittedBy", None), ("amends", []), ("otherSymbols", [])):
        md.setdefault(key, empty)
    data = open(pdf_path, "rb").read()
    expected = {
        "source": {
            "fileName": sample["name"] + ".pdf",
            "sha256": hashlib.sha256(data).hexdigest(),
            "byteCount": len(data),
            "pageCount": total,
            "producer": PRODUCER,
            "tagged": False,
        },
        "metadata": md,
        "blocks": with_ids(blocks),
        "footnotes": [{"id": "fn_%d" % (k + 1), "marker": mk, "text": plain(sample["footnotes"][mk]),
                       "page": note_page[mk]} for k, mk in enumerate(order)],
    }
    with open(os.path.join(OUT_DIR, sample["name"] + ".expected.json"), "w",
              encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return {"name": sample["name"], "pages": total, "splitNotes": split_notes,
            "pageBreakBlocks": [b.get("number") or b["leadIn"] for b in flat(blocks)
                                if len(b["pages"]) > 1]}


def flat(blocks):
    for b in blocks:
        yield b
        yield from flat(b["items"])


# ====================================================================== Info dict
def pdf_text_string(s):
    try:
        s.encode("ascii")
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    except UnicodeEncodeError:
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def fix_info(path, title, create_date):
    """cairo 1.16 cannot set /Producer and writes CreationDate without 'D:'; rewrite the
    Info dictionary and rebuild the cross-reference table so the offsets stay right."""
    data = open(path, "rb").read()
    start = data.find(b"<< /Producer")
    if start < 0:
        raise RuntimeError("no Info dictionary found in " + path)
    end = data.find(b">>", start) + 2
    stamp = "D:" + re.sub(r"[-:T]", "", create_date).rstrip("Z") + "Z"
    info = ("<< /Producer %s\n   /Creator %s\n   /Title %s\n   /CreationDate (%s)\n"
            "   /ModDate (%s)\n>>" % (pdf_text_string(PRODUCER), pdf_text_string(CREATOR),
                                      pdf_text_string(title), stamp, stamp))
    data = data[:start] + info.encode("ascii") + data[end:]
    xref = data.rfind(b"\nxref\n") + 1
    head = data[:xref]
    offsets = {}
    for mo in re.finditer(rb"(?:^|\n)(\d+) 0 obj\b", head):
        offsets[int(mo.group(1))] = mo.start(1)
    size = max(offsets) + 1
    table = ["xref\n0 %d\n" % size, "0000000000 65535 f \n"]
    for n in range(1, size):
        table.append("%010d 00000 n \n" % offsets[n])
    trailer_at = data.find(b"trailer", xref)
    sx = data.find(b"startxref", trailer_at)
    trailer = data[trailer_at:sx]
    out = head + "".join(table).encode("ascii") + trailer + b"startxref\n%d\n%%%%EOF\n" % xref
    with open(path, "wb") as f:
        f.write(out)


def main():
    # Names on the command line rebuild only those samples ("S_RES_2911_2036").
    wanted = sys.argv[1:]
    report = [build(s) for s in SAMPLES if not wanted or s["name"] in wanted]
    for r in report:
        print("%-14s %d pages  notes continued: %-6s paragraphs across pages: %s"
              % (r["name"], r["pages"], ",".join(r["splitNotes"]) or "-",
                 ", ".join(r["pageBreakBlocks"]) or "-"))


if __name__ == "__main__":
    sys.exit(main())
