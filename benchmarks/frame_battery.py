"""A frame battery for the sourcing family: sentences written for this benchmark, in the orders,
subjects and reporting styles that the development corpora hold few of.

    python benchmarks/frame_battery.py [--show N]

PolNeAR is US political news and FactAppeal short English sentences; the articles we are judged
on may come from other outlets (wire copy, British and South Asian papers, court and science
reporting).  This battery crosses 15 kinds of source (a surname, a company, a described person, a
count of people, a name with a description between commas, a senator with a party label, a
company written with "'s") with 37 reporting verbs in 7 orders (3,885 sentences), and adds a
phrasebook of single sentences in styles the orders do not cover, each with the cue, the source
and the source type a reader expects.  It prints how many are missed and shows the first N
failures.  Every sentence is invented: no corpus text is used.

A failure here is a rule to look at, not a score to fit: some expectations are choices the
project made otherwise on purpose (see ``docs/signals/sourcing.md``), and those are listed under
``DESIGNED`` with the reason, so a run shows them apart from real misses.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

try:
    import credscore  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from credscore.analysis import AnalyzedText  # noqa: E402
from credscore.signals.sourcing import attributions_of  # noqa: E402

SUBJECTS = [
    "Smith", "the company", "her lawyer", "NASA", "the report", "a spokeswoman for the mayor",
    "The Wall Street Journal", "officials at the agency", "Jane Roe, a historian at Yale,", "the 43-year-old",
    "two people familiar with the matter", "Sen. John Doe (R-Texas)", "the group's president, Ann Lee,",
    "one of the protesters", "McDonald's",
]
VERBS = [
    "said", "added", "argued", "claimed", "noted", "explained", "insisted", "warned", "wrote", "acknowledged",
    "conceded", "stressed", "emphasized", "maintained", "contended", "observed", "remarked", "recalled",
    "predicted", "suggested", "estimated", "reported", "confirmed", "asserted", "declared", "announced",
    "testified", "tweeted", "cautioned", "countered", "complained", "boasted", "joked", "admitted", "alleged",
    "speculated", "concluded",
]
ORDERS = [
    "{S} {v} that the plan had failed.",
    "The plan had failed, {s} {v}.",
    "“The plan has failed,” {s} {v}.",
    "“The plan has failed,” {v} {s}.",
    "{S} {v} on Tuesday that the plan had failed.",
    "The plan, {s} {v}, had failed.",
    "{S} {v}: “The plan has failed.”",
]

# text, a word of the cue, the source (None: no source), the source type; cue None: no attribution
PHRASEBOOK = [
    ("Smith's spokesman, John Doe, said the plan failed.", "said", "John Doe", "named_person"),
    ("Smith, in a statement, said the plan failed.", "said", "Smith", "named_person"),
    ("In his speech, Smith argued that the plan failed.", "argued", "Smith", "named_person"),
    ("Smith and Jones said the plan failed.", "said", "Smith and Jones", "named_person"),
    ("Officials in Kabul said the plan failed.", "said", "Officials in Kabul", "unnamed_group"),
    ("A source close to the minister said the plan failed.", "said", "A source close to the minister", "unnamed_individual"),
    ("Asked whether the plan failed, Smith replied: “Yes.”", "replied", "Smith", "named_person"),
    ("A statement from the ministry said the plan failed.", "said", "A statement from the ministry", "document"),
    ("A study published in Nature found the plan failed.", "found", "A study published in Nature", "document"),
    ("The man fled, said police spokesman John Doe.", "said", "police spokesman John Doe", "named_person"),
    ("The man, police said, fled.", "said", "police", "unnamed_group"),
    ("The man is said to have fled.", "said", None, "agentless"),
    ("It is believed that the man fled.", "believed", None, "agentless"),
    ("Smith could not be reached for comment.", None, None, None),
    ("The IMU claimed responsibility for the attack.", None, None, None),
    ("Smith pleaded guilty.", None, None, None),
    ("“The plan failed,” the 43-year-old mother of two said.", "said", "the 43-year-old mother of two", "unnamed_individual"),
    ("Reuters reported, citing sources, that the plan failed.", "reported", "Reuters", "named_organization"),
    ("We reported last week that the plan failed.", "reported", "We", "self"),
    ("The lawsuit alleges that Smith stole the money.", "alleges", "The lawsuit", "document"),
    ("Jane Roe, a historian at Yale, speaking on condition of anonymity, said the plan failed.", "said", "Jane Roe", "named_person"),
    ("Jane Roe, 54, was quoted as saying the plan failed.", "quoted", "Jane Roe", "named_person"),
    ("The plan failed, Jane Roe, a historian, said Tuesday.", "said", "Jane Roe", "named_person"),
    # wire, British and South Asian copy
    ("Mr Smith said the talks had failed.", "said", "Mr Smith", "named_person"),
    ("The spokesman told Dawn.com the talks had failed.", "told", "The spokesman", "unnamed_individual"),
    ("The talks had failed, said the statement issued by the ISPR.", "said", "the statement issued by the ISPR", "document"),
    ("Talking to reporters, the minister said the talks had failed.", "said", "the minister", "unnamed_individual"),
    ("Addressing a press conference, Mr Khan said the talks had failed.", "said", "Mr Khan", "named_person"),
    ("Sources privy to the development told The News that the talks had failed.", "told", "Sources privy to the development", "unnamed_group"),
    ("A senior official wishing not to be named said the talks had failed.", "said", "A senior official", "unnamed_individual"),
    ("Officials requesting anonymity said the talks had failed.", "said", "Officials", "unnamed_group"),
    ("The ministry in a statement said the talks had failed.", "said", "The ministry", "unnamed_group"),
    ("She opined that the talks had failed.", "opined", "She", "unresolved"),
    ("It was learnt that the talks had failed.", "learnt", None, "agentless"),
    ("Eyewitnesses said the militants had fled.", "said", "Eyewitnesses", "unnamed_group"),
    ("The Inter-Services Public Relations said the militants had fled.", "said", "The Inter-Services Public Relations", "named_organization"),
    ("Taliban spokesman Zabihullah Mujahid said the militants had fled.", "said", "Taliban spokesman Zabihullah Mujahid", "named_person"),
    ("Speaking to Reuters by telephone from an undisclosed location, Mujahid said the militants had fled.", "said", "Mujahid", "named_person"),
    ("Russia's defence ministry said the militants had fled.", "said", "Russia's defence ministry", "named_organization"),
    ("The National Guard said the militants had fled.", "said", "The National Guard", "named_organization"),
    # evidence, court, science and consumer copy (round 33)
    ("Satellite images taken on Monday show smoke over the port.", "show", "Satellite images taken on Monday", "unnamed_group"),
    ("A screenshot from the broadcast shows the minister laughing.", "shows", "A screenshot from the broadcast", "document"),
    ("In the video, the mayor can be heard saying the roads were closed.", "saying", "the mayor", "unnamed_individual"),
    ("In the recording, Smith is heard telling aides that the roads were closed.", "telling", "Smith", "named_person"),
    ("Amnesty International has documented abuses by the army.", "documented", "Amnesty International", "named_organization"),
    ("The talks stalled, a fact acknowledged by the minister.", "acknowledged", "the minister", "unnamed_individual"),
    ("The company confirmed by email that the talks had stalled.", "confirmed", "The company", "unnamed_group"),
    ("Reviewers say the blender is easy to clean.", "say", "Reviewers", "unnamed_group"),
    ("Customers rave about the sheets.", "rave", "Customers", "unnamed_group"),
    ("The coroner said the man drowned.", "said", "The coroner", "unnamed_individual"),
    ("Mitch McConnell (R-Ky.) issued a statement saying the Senate would wait.", "saying", "Mitch McConnell (R-Ky.)", "named_person"),
    ("Jane Roe made it clear that the talks had stalled.", "made it clear", "Jane Roe", "named_person"),
    ("Loyalists were adamant that the talks had stalled.", "adamant", "Loyalists", "unnamed_group"),
    ("The minister expressed concern that the talks had stalled.", "expressed", "The minister", "unnamed_individual"),
    # idioms around a source, beliefs without "that", sport, entertainment, finance (round 34)
    ("As one survivor put it, “We were lucky.”", "put it", "one survivor", "unnamed_individual"),
    ("Trump lashed out at Khan after the speech.", "lashed out", "Trump", "named_person"),
    ("The minister brushed aside questions about the deal.", "brushed aside", "The minister", "unnamed_individual"),
    ("Economists believe it would be easy to evade the rule.", "believe", "Economists", "unnamed_group"),
    ("The plan, officials believe, will fail.", "believe", "officials", "unnamed_group"),
    ("The plan is not as toxic as most insiders believe.", "believe", "most insiders", "unnamed_group"),
    ("As you know, the plan failed.", None, None, None),
    ("Politico reports, citing sources, that the talks stalled.", "reports", "Politico", "named_organization"),
    ("A screen grab from the broadcast shows the minister leaving.", "shows", "A screen grab from the broadcast", "document"),
    ("The senator left the room and began to criticize the plan.", "criticize", "The senator", "unnamed_individual"),
    ("Republicans counter that the bill is too costly.", "counter", "Republicans", "unnamed_group"),
    ("Police released a video that shows the suspect fleeing.", "shows", "that", "document"),
    ("The agency released a report saying that the river was safe.", "saying", "The agency", "unnamed_group"),
    ("Sanders called Clinton dishonest.", "called", "Sanders", "named_person"),
    ("During their phone call, the two leaders discussed trade.", None, None, None),
    ("Ramos used his acceptance speech to call for reform.", "call", "Ramos", "named_person"),
    ("They took the bus to tell the mayor about it.", None, None, None),
    ("Critics seized on Mr. Trump's assertion that the vote was rigged.", "assertion", "Mr. Trump's", "named_person"),
    # complaining verbs, titles of a body, letters after a name, business names, the outlet itself,
    # Arabic particles, people inside a relative, acts that look like telling (round 63)
    ("Prosecutor Helen Marsh KC told Southwark Crown Court that the defendant had “systematically plundered” the charity's accounts over six years.", 'told', 'Prosecutor Helen Marsh KC', 'named_person'),
    ('A senior officer of the Delhi Police, requesting anonymity, said the module had been active since at least 2021.', 'said', 'A senior officer of the Delhi Police', 'unnamed_individual'),
    ('The India Meteorological Department has forecast heavy to very heavy rainfall in coastal Karnataka over the next 48 hours.', 'forecast', 'The India Meteorological Department', 'named_organization'),
    ('Northwind Energy said it would cut 1,200 jobs as part of a restructuring aimed at saving $400 million a year.', 'said', 'Northwind Energy', 'named_organization'),
    ('Vantage Labs said in a blog post that the outage was caused by a faulty configuration change, not a cyberattack.', 'said', 'Vantage Labs', 'named_organization'),
    ('World No 3 Katya Morozova fumed at the umpire after a disputed line call, calling the decision “a joke”.', 'fumed', 'World No 3 Katya Morozova', 'named_person'),
    ('Gardaí said a man in his 30s had been arrested in connection with the incident.', 'said', 'Gardaí', 'unnamed_group'),
    ("As this blog has repeatedly argued, the council's parking scheme is a tax on the poor dressed up as green policy.", 'argued', 'this blog', 'self'),
    ('Senator Ray Castellano whined on cable news that he was the victim of a “witch hunt”.', 'whined', 'Senator Ray Castellano', 'named_person'),
    ('Party insiders grumble that the leader has surrounded himself with yes-men.', 'grumble', 'Party insiders', 'unnamed_group'),
    ('The planning application states that the building would be no higher than four storeys.', 'states', 'The planning application', 'document'),
    ('A petition signed by more than 4,000 people demands that the swimming pool be kept open.', 'demands', 'A petition signed by more than 4,000 people', 'document'),
    ("“It's a disgrace,” fumed pensioner Derek Hollins, “and nobody at the council will even return my calls.”", 'fumed', 'pensioner Derek Hollins', 'named_person'),
    ('Greenfield Energy, the Aberdeen-based operator of two offshore wind farms and a gas terminal, said the outage had been caused by a faulty transformer.', 'said', 'Greenfield Energy', 'named_organization'),
    ('Abdulrahman al-Hashimi, a spokesman for the interior ministry in Baghdad, said 14 suspects had been detained.', 'said', 'Abdulrahman al-Hashimi', 'named_person'),
    ('Prince Faisal bin Turki al-Rashed said the kingdom would host the next round of talks.', 'said', 'Prince Faisal bin Turki al-Rashed', 'named_person'),
    ('Omar ibn Hamad al-Mansouri said the sovereign fund would invest $3bn in renewable energy.', 'said', 'Omar ibn Hamad al-Mansouri', 'named_person'),
    ('Interest rates will stay high until inflation is beaten, the governor of the Reserve Bank said on Tuesday.', 'said', 'the governor of the Reserve Bank', 'unnamed_individual'),
    ("In Dr. Okonkwo's view, the outbreak could have been contained within a week.", 'view', 'Dr. Okonkwo', 'named_person'),
    ('Tolliver, who prosecutors allege ran the smuggling network from his prison cell, will stand trial in October.', 'allege', 'prosecutors', 'unnamed_group'),
    ('Novatek Systems plans to cut 1,200 jobs across Europe by the end of next year.', 'plans', 'Novatek Systems', 'named_organization'),
    ('He wrote off his car in a collision on the ring road.', None, None, None),
    ('He claimed the title with a final-round 66.', None, None, None),
    ('She claimed gold in the 400 metres on the final night of the championships.', None, None, None),
    ('She reported for duty at 6 a.m. on the day of the attack.', None, None, None),
    ('The midfielder reported to the training camp a week late.', None, None, None),
    # round 64: health, science, consumer, local crime and accident copy
    ('Most adults need between seven and nine hours of sleep a night, notes Dr. Priya Raman, a sleep specialist at Northwestern Medicine.',
     'notes', 'Dr. Priya Raman', 'named_person'),
    ('Rinsing raw chicken spreads bacteria around the sink rather than removing it, cautions Dr. Alan Pruitt, a food-safety researcher at Rutgers University.',
     'cautions', 'Dr. Alan Pruitt', 'named_person'),
    ('Consumer Reports found that three of the eight air fryers it tested ran hotter than their dials were set.',
     'found', 'Consumer Reports', 'named_organization'),
    ('A meta-analysis of 40 trials concluded that vitamin D supplements did not reduce the risk of fractures in healthy adults.',
     'concluded', 'A meta-analysis of 40 trials', 'document'),
    ('Cases of Lyme disease have tripled since the early 2000s, the Centers for Disease Control and Prevention said in its annual surveillance report.',
     'said', 'the Centers for Disease Control and Prevention', 'named_organization'),
    ("The Energy Department's latest outlook predicts that gasoline prices will average $3.40 a gallon this summer.",
     'predicts', "The Energy Department's latest outlook", 'document'),
    ('Satellite images taken last week reveal that the reservoir has shrunk to a third of its usual size.',
     'reveal', 'Satellite images taken last week', 'unnamed_group'),
    ('Sensor readings showed carbon monoxide levels in the apartment were four times the safe limit.',
     'showed', 'Sensor readings', 'unnamed_group'),
    ('The crash happened just after 7 a.m., a motorist who stopped to help said.',
     'said', 'a motorist who stopped to help', 'unnamed_individual'),
    ('Bill Turner a truck driver who stopped to help said the car was upside down in the ditch with its wheels still spinning.',
     'said', 'Bill Turner', 'named_person'),
    ("The injured cyclist's wife texted friends that he was awake and already asking about his bike.",
     'texted', "The injured cyclist's wife", 'unnamed_individual'),
    ('Shoppers leaving the store said the shelves had been nearly bare since Thursday.',
     'said', 'Shoppers leaving the store', 'unnamed_group'),
    ('Chief Deputy Luis Arroyo a 25-year veteran of the department said the chase reached speeds of 110 mph.',
     'said', 'Chief Deputy Luis Arroyo', 'named_person'),
    ("The Ohio State Highway Patrol said the trooper's cruiser was struck from behind while he was helping a stranded motorist.",
     'said', 'The Ohio State Highway Patrol', 'named_organization'),
    ('Police posted officers at every exit of the stadium.', None, None, None),
    ('The farmer claimed the land in 1974 after his uncle died.', None, None, None),
    ('The flood claimed three lives in the valley last spring.', None, None, None),
    ('The defendant was admitted to hospital with chest pains on the second day of the trial.',
     None, None, None),
    ('She posted bail of $25,000 and left the county jail shortly before midnight.', None, None, None),
    ('The team posted a 12-4 record in its first season under the new coach.', None, None, None),
    ("Everything went according to plan until the ferry's engine failed halfway across the bay.",
     None, None, None),
    ('The customer wrote a check for the full amount and left the store.', None, None, None),
    ('Volunteers wrote the names of the victims on white crosses along the fence.', None, None, None),
    # round 65: wire, foreign-desk, business, court and local TV copy
    ('“We will not allow anyone to use our soil against a neighbour,” Interior Minister Rauf Baloch told reporters in Quetta on Monday.', 'told', 'Interior Minister Rauf Baloch', 'named_person'),
    ('A separatist group, the Baloch Raji Lashkar, said in an emailed statement that it had carried out the attack on the gas pipeline.', 'said', 'the Baloch Raji Lashkar', 'named_organization'),
    ('A leaked memo seen by the Telegraph warns that the mission could run out of fuel within a fortnight.', 'warns', 'A leaked memo seen by the Telegraph', 'document'),
    ('According to the charge sheet, the accused had been in regular contact with handlers in Afghanistan.', 'according to', 'the charge sheet', 'document'),
    ('Rights groups say thousands of people have been detained without charge since the state of emergency was imposed.', 'say', 'Rights groups', 'unnamed_group'),
    ('Aid agencies warned that the closure of the crossing would leave hundreds of thousands of people without food.', 'warned', 'Aid agencies', 'unnamed_group'),
    ('The army claimed the hilltop town after a week of heavy fighting.', None, None, None),
    ('The families were told to leave their homes before the bulldozers arrived.', None, None, None),
    ('Coast guard vessels warned off two fishing boats that had strayed into the exclusion zone.', None, None, None),
    ('Women have little say in how the village council spends its budget.', None, None, None),
    ('The Supreme Court ruled 6-3 on Thursday that the agency had exceeded its authority in issuing the rule.', 'ruled', 'The Supreme Court', 'named_organization'),
    ("Moody's warned that it could downgrade the city's credit rating if the budget gap was not closed by June.", 'warned', "Moody's", 'named_organization'),
    ('Brightline Semiconductor, which supplies chips to several carmakers, said it would cut about 1,200 jobs, or 8 percent of its work force.', 'said', 'Brightline Semiconductor', 'named_organization'),
    ("S&P Global Ratings said the downgrade reflected the state's growing reliance on one-time budget fixes.", 'said', 'S&P Global Ratings', 'named_organization'),
    ('Our analysis of campaign finance records found that a third of the donations came from outside the state.', 'found', 'Our analysis of campaign finance records', 'self'),
    ('Rosa Jimenez claimed the $2 million prize at a lottery office in Sacramento on Friday.', None, None, None),
    ('A policy brief from the Urban Institute argues that raising the minimum wage would cut food-stamp enrollment.', 'argues', 'A policy brief from the Urban Institute', 'document'),
    ('Doorbell camera video obtained by KPRC 2 shows a man in a delivery vest walking off with three packages.', 'shows', 'Doorbell camera video', 'document'),
    ('Screenshots shared with NBC 5 show the seller demanding payment through a gift card app.', 'show', 'Screenshots shared with NBC 5', 'unnamed_group'),
    ('Our tests showed that the budget cooler kept ice frozen just as long as the premium one.', 'showed', 'Our tests', 'self'),
    # round 66: science, health, sport, US politics, local news, records and witnesses
    ('Manchester City confirmed that the midfielder had suffered a torn hamstring and would miss the derby.', 'confirmed', 'Manchester City', 'named_organization'),
    ('“We take the security of our customers extremely seriously,” NorthBank said.', 'said', 'NorthBank', 'named_organization'),
    ('Immigration and Customs Enforcement confirmed that 37 people were detained in the raids.', 'confirmed', 'Immigration and Customs Enforcement', 'named_organization'),
    ('City Hall insisted that the budget was balanced.', 'insisted', 'City Hall', 'named_organization'),
    ('Advocates for the homeless noted that the annual count likely misses thousands of people.', 'noted', 'Advocates for the homeless', 'unnamed_group'),
    ('This newspaper has learned that the superintendent submitted her resignation on Friday.', 'learned', 'This newspaper', 'self'),
    ('An investigation by this newspaper found that the app had shared users’ health data with advertisers.', 'found', 'An investigation by this newspaper', 'self'),
    ('Internal campaign polling, shared with donors, shows the race within the margin of error.', 'shows', 'Internal campaign polling', 'document'),
    ('The relay team claimed a bronze medal in Budapest.', None, None, None),
    ('The senator claimed her luggage at Reagan National and headed straight to the Capitol.', None, None, None),
    ('The marathon runner posted a personal best of 2:04:31 in Berlin.', None, None, None),
    ('Academy players must report for pre-season training on July 1.', None, None, None),
    ('Players were ranked according to their average scores over the season.', None, None, None),
    ('She noted down the readings every hour throughout the night shift.', None, None, None),
    ('Urged on by the home crowd, the sprinter surged past the leader in the final 20 metres.', None, None, None),
    ('The prototype was shown to visitors at the trade fair in Hanover.', None, None, None),
    ('The White House press briefing was postponed until Thursday.', None, None, None),
    ("Hadley Construction denied that corners had been cut on the tower's fire safety.", 'denied', 'Hadley Construction', 'named_organization'),
    ("A voicemail left on the family's phone indicated the caller knew where they lived.", 'indicated', "A voicemail left on the family's phone", 'document'),
    ('Campers interviewed by the station said the tornado warning came with almost no notice.', 'said', 'Campers interviewed by the station', 'unnamed_group'),
    ('Up to 30 people are feared dead after the landslide.', 'feared', None, 'agentless'),
    ('The carmaker recalled 80,000 pickup trucks in 2019 over a faulty fuel pump.', None, None, None),
    # round 67: business and markets, world news and courts, celebrity and social media
    ('The prospectus warns that the company may never turn a profit.', 'warns', 'The prospectus', 'document'),
    ("Corvel Analytics estimates that the drought has cut the region's soybean output by 9 percent.", 'estimates', 'Corvel Analytics', 'named_organization'),
    ('Pemberton, the insurer, estimated that claims from the storm would top $1.2 billion.', 'estimated', 'Pemberton', 'named_organization'),
    ('Oakridge Mutual has raised premiums three times this year. It blamed rising repair costs.', 'blamed', 'It', 'named_organization'),
    ('The aid agency Bread Road warned that food stocks in the besieged town would run out within days.', 'warned', 'The aid agency Bread Road', 'named_organization'),
    ('Sentinel, the monitoring group, said it had documented 61 attacks on health facilities this year.', 'said', 'Sentinel', 'named_organization'),
    ('Walker Harrison, which advises several governments on sanctions compliance, said the new measures would bite within months.', 'said', 'Walker Harrison', 'named_organization'),
    ('Castellan Defence Systems makes the drones used in the strike. Castellan said in a statement that none had been sold to the militia.', 'said', 'Castellan', 'named_organization'),
    ('Mercer Logistics ran the supply contract for the base. Mercer said its drivers had been told the road was safe.', 'said', 'Mercer', 'named_organization'),
    ('Harwell & Finch, the law firm representing the families, said it would seek damages of at least $200 million.', 'said', 'Harwell & Finch', 'named_organization'),
    ("Sterling Church, the defendant's brother, testified that the two had not spoken since 2018.", 'testified', 'Sterling Church', 'named_person'),
    ('Delegates were seated according to the alphabetical order of their countries.', None, None, None),
    ('GrimWolf, a streamer with 3 million subscribers, said during a Twitch broadcast that police had raided his home after a hoax call.', 'said', 'GrimWolf', 'named_person'),
    ('Karen Lowe and her attorney said on Wednesday that they would appeal the ruling.', 'said', 'Karen Lowe and her attorney', 'named_person'),
    ('The mayor and her deputy said the festival would return next year despite the complaints.', 'said', 'The mayor and her deputy', 'unnamed_group'),
    # round 68: an age or a pronoun after a described name, records with a participle, nicknames,
    # capitals for a person, hyphenated fractions, a description that runs into a name
    ('The director, Kwame Asante, 41, said he cast local teenagers in every role.', 'said', 'Kwame Asante', 'named_person'),
    ('The nurse, Jane Roe, 35, a mother of two, said the ward was full.', 'said', 'Jane Roe', 'named_person'),
    ('A victim impact statement read to the court said the family had been torn apart.', 'said', 'A victim impact statement', 'document'),
    ('A leaked intelligence memo seen by Reuters warns of attacks on polling stations.', 'warns', 'A leaked intelligence memo', 'document'),
    ("Town's captain, Lewis “Lew” Ash, said the players had let the fans down.", 'said', 'Lewis “Lew” Ash', 'named_person'),
    ('His GP had warned him about his blood pressure years earlier.', 'warned', 'His GP', 'unnamed_individual'),
    ("Hexbury's MP, Angela Storr, said the maternity unit must stay open.", 'said', 'Angela Storr', 'named_person'),
    ('Two-thirds of season-ticket holders said they opposed the move.', 'said', 'Two-thirds of season-ticket holders', 'unnamed_group'),
    ('Her coach, the former doubles champion Ines Mora, said the team would skip the clay season.', 'said', 'Ines Mora', 'named_person'),
    ('The Oscar winner has spoken about her struggle with stage fright.', 'spoken about', 'The Oscar winner', 'unnamed_individual'),
    ('Councillor Fiona Grant visited the flooded homes on Tuesday. She said the council would pay.', 'said', 'She', 'named_person'),
    ('Staff at the Lowfield depot walked out on Monday. They say they have not had a pay rise.', 'say', 'They', 'unnamed_group'),
    # round 69: business, courts, technology and religion, and English-language press outside the
    # US and UK; what a later "it", an apposition or a word before a name says about a name
    ("Equity, the actors' union, said the understudies had not been paid for rehearsals.", 'said', 'Equity', 'named_organization'),
    ('Distributor Harvest said the film\'s release in China had been blocked.', 'said', 'Distributor Harvest', 'named_organization'),
    ('The journal Nature said it was investigating concerns about duplicated images in the paper.', 'said', 'The journal Nature', 'named_organization'),
    ('Lionsgate released the trailer on Monday. It said the film would open in 3,000 cinemas.', 'said', 'It', 'named_organization'),
    ('Our chief football writer reports that the striker has asked to leave.', 'reports', 'Our chief football writer', 'self'),
    ('This newspaper understands that at least three bidders have been shortlisted.', 'understands', 'This newspaper', 'self'),
    ('It was further gathered that the victims were returning from a wedding in Zaria when they were attacked.', 'gathered', None, 'agentless'),
    ('The latest Global Terrorism Index says the Sahel now accounts for half of all deaths from terrorism.', 'says', 'The latest Global Terrorism Index', 'document'),
    ('MAYOR LEE: We will not close a single library while I hold this office.', ':', 'MAYOR LEE', 'named_person'),
    ('The blaze was started deliberately, fire investigators believe.', 'believe', 'fire investigators', 'unnamed_group'),
    ('Researchers at the University of Leeds tracked 2,000 teenagers for three years. They concluded that heavy phone use was linked to poorer sleep.', 'concluded', 'They', 'unnamed_group'),
    ("Kestrel's chief executive, Tomas Berg, was quoted as saying the bank would compensate anyone who lost money.", 'saying', 'Tomas Berg', 'named_person'),
    ('Worshippers said the livestream of Friday prayers had been cut off mid-sermon.', 'said', 'Worshippers', 'unnamed_group'),
    ('The defence argued that the confession had been obtained under duress.', 'argued', 'The defence', 'unnamed_group'),
    ('Coastguard commander Ian Rafferty led the search through the night. “The swell was brutal out there,” he said.', 'said', 'he', 'named_person'),
    ('A spokeswoman for the UN mission visited the site. She said peacekeepers had found the bodies of 11 villagers.', 'said', 'She', 'unnamed_individual'),
    ("The inquiry's final report was published on Monday. It found that the river gauges had been faulty for years.", 'found', 'It', 'document'),
    ('HM Coastguard said two people had been airlifted from the cliffs near Whitby.', 'said', 'HM Coastguard', 'named_organization'),
    ('Public Health Scotland confirmed 31 new cases of measles in Glasgow.', 'confirmed', 'Public Health Scotland', 'named_organization'),
    ("The Institute for Fiscal Studies warned that neither party's sums added up.", 'warned', 'The Institute for Fiscal Studies', 'named_organization'),
    ('Two voters queuing outside the polling station said they had waited more than an hour.', 'said', 'Two voters queuing outside the polling station', 'unnamed_group'),
    ('The Conservative manifesto promises to cut the basic rate of income tax by two pence.', 'promises', 'The Conservative manifesto', 'document'),
    ('Our political editor understands that the cabinet will meet on Sunday to approve the manifesto.', 'understands', 'Our political editor', 'self'),
    ("“We will not accept a stolen election,” vowed Sow's running mate, Aminata Diallo.", 'vowed', 'Aminata Diallo', 'named_person'),
    ('The UN refugee agency, UNHCR, said more than 60,000 people had crossed into Chad in a single week.', 'said', 'UNHCR', 'named_organization'),
    ('The drone is alleged to have been supplied by a third country.', 'alleged', None, 'agentless'),
    ('Marguerite Vance, the poet of the Fens, died on Saturday at her home in Ely, her son, Daniel Vance, said.', 'said', 'Daniel Vance', 'named_person'),
    ('The car bomb claimed at least 17 lives outside the mosque.', None, None, None),
    ('Gunfire echoed across the square until dawn.', None, None, None),
    ('Footage shared widely on Instagram shows the crowd fleeing the square.', 'shows', 'Footage shared widely on Instagram', 'document'),
    ('Delegates from three Gulf producers said the cut could be extended into the third quarter.', 'said', 'Delegates from three Gulf producers', 'unnamed_group'),
    ('The Senate parliamentarian advised that the provision could not be included in the bill.', 'advised', 'The Senate parliamentarian', 'unnamed_individual'),
    ("Moderate Democrats fear that the party's left flank will cost them their seats.", 'fear', 'Moderate Democrats', 'unnamed_group'),
    ("According to the White House's official schedule, the president has no public events on Thursday.", 'According to', "the White House's official schedule", 'document'),
    ('Wyndham, the borough with the longest housing waiting list in the county, said it had run out of beds.', 'said', 'Wyndham', 'named_organization'),
    ('Councillor Joan Pike chairs the housing committee. She told the meeting that the waiting list had doubled.', 'told', 'She', 'named_person'),
    ('Many of the cleaners fear they will lose their jobs if the contract changes hands.', 'fear', 'Many of the cleaners', 'unnamed_group'),
    ('Her new memoir claims the band was put together by a Swedish marketing firm.', 'claims', 'Her new memoir', 'document'),
    ('Our critic described the production as “three hours of beautiful confusion”.', 'described', 'Our critic', 'self'),
    ('Local Government Ombudsman Harriet Cole found that the council had ignored 14 complaints.', 'found', 'Local Government Ombudsman Harriet Cole', 'named_person'),
    ('The Treasury posted a $200 billion deficit in March.', None, None, None),
    ('The representative claimed $12,000 in travel expenses last quarter.', None, None, None),
    ('The striker claimed a hat-trick in the second half.', None, None, None),
    ('He claimed $1 million was stolen from the account.', 'claimed', 'He', 'unresolved'),
    ('“The carriage just lifted and went over,” a woman who was on the train told the BBC.', 'told', 'a woman', 'unnamed_individual'),
    ("“You'll have to wait and see,” the singer added with a wink.", 'added', 'the singer', 'unnamed_individual'),
    ('Buckingham Palace said the Princess would miss the garden party on medical advice.', 'said', 'Buckingham Palace', 'named_organization'),
    ('The Marine Accident Investigation Branch found that the lookout had been asleep.', 'found', 'The Marine Accident Investigation Branch', 'named_organization'),
    ('The progressive blog Red Ledger accused the senator of taking money from arms dealers.', 'accused', 'Red Ledger', 'named_organization'),
    ('This newsletter has learned that the school board will vote on the book ban in secret.', 'learned', 'This newsletter', 'self'),
    ("The Archbishop of Canterbury's spokesman said the archbishop had not been informed.", 'said', "The Archbishop of Canterbury's spokesman", 'unnamed_individual'),
    ('Protesters chanted that the president was a thief.', 'chanted', 'Protesters', 'unnamed_group'),
    ('The Institute for Fiscal Studies calculates that spending per pupil is lower in real terms.', 'calculates', 'The Institute for Fiscal Studies', 'named_organization'),
    ('A whistleblower contacted the paper in May. She alleged that the audit had been rewritten.', 'alleged', 'She', 'unnamed_individual'),
    ("The Workers' Alliance held a rally in the square. It said the minimum wage should double.", 'said', 'It', 'named_organization'),
    ('According to a letter sent home on Friday, pupils must wear blazers at all times.', 'According to', 'a letter sent home on Friday', 'document'),
    ('The bishop said Mass at the cathedral on Easter morning.', None, None, None),
    ('The star answered the door in a dressing gown and slippers.', None, None, None),
    ('The debating team argued its way into the national final.', None, None, None),
    ('The under-11s claimed the county cup after a penalty shoot-out.', None, None, None),
    # round 73: crime and policing, briefings and interviews, markets, environment and farming
    ('The correspondent in the capital reports that the airport has been closed.', 'reports', 'The correspondent in the capital', 'unnamed_individual'),
    ('The watchdog’s annual report on measles notes that cases have tripled.', 'notes', 'report on measles', 'document'),
    ('The tenants are angry, several told the paper.', 'told', 'several', 'unnamed_group'),
    ('Asked by a reporter whether he would quit, Coach Dan Ferris laughed and said he was going nowhere.', 'said', 'Coach Dan Ferris', 'named_person'),
    ('Hundreds of fishermen sailed into the harbour on Friday. They said the quotas would ruin them.', 'said', 'They', 'unnamed_group'),
    ('The drought claimed thousands of sheep across the uplands.', None, None, None),
    ('Storm Imogen claimed the roof of the village hall.', None, None, None),
    ('New Zealand declared on 455 for seven before tea.', None, None, None),
    ('The board declared a dividend of 30 cents a share.', None, None, None),
    ('The Senate confirmed the new ambassador by 55 votes to 44.', None, None, None),
    ('Their finance director, who reports to the chief executive, joined in June.', None, None, None),
    ('Police reports that were filed in May have gone missing.', None, None, None),
    # round 74: sport transfers, hospitals and health, asylum and borders, defence procurement
    ('The audit, which ran to 300 pages, was leaked. It said the frigates were two years late.', 'said', 'It', 'document'),
    ('Two nurses who worked the night shift gave evidence. They said the ward was understaffed.', 'said', 'They', 'unnamed_group'),
    ('Critics of the war claimed that the casualty figures had been doctored.', 'claimed', 'Critics of the war', 'unnamed_group'),
    ('The report, Broken Promises, found that waiting lists had doubled.', 'found', 'Broken Promises', 'document'),
    ('The Dodgers said the reliever would miss a month with a strained elbow.', 'said', 'The Dodgers', 'named_organization'),
    ('Meridian Dynamics said the missile had passed its final acceptance trial.', 'said', 'Meridian Dynamics', 'named_organization'),
    ('“Every delay costs us pilots,” Air Marshal Rana Qureshi said.', 'said', 'Air Marshal Rana Qureshi', 'named_person'),
    ('Kigali said it was ready to receive the first flight within weeks.', 'said', 'Kigali', 'named_organization'),
    ('The Cowboys, as this paper revealed on Saturday, have held talks with two candidates.', 'revealed', 'this paper', 'self'),
    ('The flood claimed the lives of three farmers.', None, None, None),
    ('The golf club admitted women as full members for the first time in 2019.', None, None, None),
    ('The two trusts agreed a merger in principle last year.', None, None, None),
    ('The law centre charged no fee for the first appeal hearing.', None, None, None),
    ('The hosts posted 312 for eight from their 50 overs.', None, None, None),
    # round 75: local television news, technology, food and farming, space science
    ('A petition signed by 40,000 people calls for a ban on cages for laying hens.', 'calls', 'A petition', 'document'),
    ('London and Paris said in a joint statement that the patrols would start in June.', 'said', 'London and Paris', 'named_organization'),
    ('The stolen database was put up for sale on a forum, this newspaper has learned.', 'learned', 'this newspaper', 'self'),
    ('Customers who bought the cheese should not eat it, the agency advised.', 'advised', 'the agency', 'unnamed_group'),
    ('Dr. Ada Kim and Prof. Luis Oroz met in Santiago. They said the discovery took eleven years.', 'said', 'They', 'named_person'),
    ('Meridian Rocketworks lost its second rocket on Friday. It said an inquiry was under way.', 'said', 'It', 'named_organization'),
    ('Vets fear the disease could spread to cattle in neighbouring counties.', 'fear', 'Vets', 'unnamed_group'),
    ('Officers answered 212 calls for service in July.', None, None, None),
    ('Deputies wrote more than 60 speeding tickets over the holiday weekend.', None, None, None),
    ('The court admitted the chat logs as evidence.', None, None, None),
    ('Blight claimed half the potato crop this summer.', None, None, None),
    ('Travelers claimed their bags after a two-hour delay.', None, None, None),
    ('A spokesman for Bluebird, the Cork-based carrier, said the route would reopen.', 'said', 'A spokesman for Bluebird', 'unnamed_individual'),
    ("The station's new owner, entrepreneur Jake Brannigan, has promised that the bulletins will stay.", 'promised', 'entrepreneur Jake Brannigan', 'named_person'),
    ("Telvia's filing with the stock exchange states that the deal could be blocked.", 'states', "Telvia's filing with the stock exchange", 'document'),
    ('A midwife met the women at the gate. She said two were in labour.', 'said', 'She', 'unnamed_individual'),
    ('Pylon Mobile said the outage affected a million customers.', 'said', 'Pylon Mobile', 'named_organization'),
    ('easyJet said it had hired 1,000 extra cabin crew.', 'said', 'easyJet', 'named_organization'),
    ('The Liberal Democrats called for a register of landlords.', 'called', 'The Liberal Democrats', 'named_organization'),
    ('The plan, aid officials believe, will leave the camp without shelter.', 'believe', 'aid officials', 'unnamed_group'),
    ('The Department for Environment, Food and Rural Affairs said the ban would stay.', 'said', 'The Department for Environment, Food and Rural Affairs', 'named_organization'),
    ('The government in Addis Ababa has denied that it is blocking food aid.', 'denied', 'The government in Addis Ababa', 'named_organization'),
    ('The builder quoted £18,000 for a new roof.', None, None, None),
    ('The hostel admits guests from six in the evening.', None, None, None),
    ('Gas engineers answered more than 200 emergency call-outs last winter.', None, None, None),
    ('The ticket was bought at a petrol station in Dungannon, it is understood.', 'understood', None, 'agentless'),
    ('Bookmakers fear the new checks will push punters towards unlicensed websites.', 'fear', 'Bookmakers', 'unnamed_group'),
    ('Two punters sued the bookmaker. They told the court that the firm had changed its rules.', 'told', 'They', 'unnamed_group'),
    ("Lyle's lawyer, Rupert Haines KC, said his client would appeal.", 'said', 'Rupert Haines KC', 'named_person'),
    ('The Institute of Student Employers said graduate vacancies had fallen.', 'said', 'The Institute of Student Employers', 'named_organization'),
    ('The script went through 27 drafts, according to its writer, Kofi Mensah.', 'according to', 'Kofi Mensah', 'named_person'),
    ('Several seafarers stranded on the vessel told the union they had been abandoned.', 'told', 'Several seafarers stranded on the vessel', 'unnamed_group'),
    ('The report into the sinking was published on Thursday. It found that the skipper had erred.', 'found', 'It', 'document'),
    ('Lecturers at Eastmoor told the Gazette that they had been docked.', 'told', 'Lecturers at Eastmoor', 'unnamed_group'),
    ('Conservative backbencher Sir Philip Drewe has tabled an amendment and urged ministers to ban betting logos.', 'urged', 'Conservative backbencher Sir Philip Drewe', 'named_person'),
    ('State television quoted the navy commander, Rear Admiral Hossein Tavakoli, as saying the tanker had been seized.', 'as saying', 'Rear Admiral Hossein Tavakoli', 'named_person'),
    ('The bursar added £2m to the student hardship fund in January.', None, None, None),
    ('Trainers declared 34 runners for the Grand National.', None, None, None),
    ('The club rules state that members must wear a tie.', 'state', 'The club rules', 'unnamed_group'),
    ('The guidance states explicitly that staff must wear masks.', 'states', 'The guidance', 'document'),
    ("Halberd, the country's largest building society, said it would raise rates.", 'said', 'Halberd', 'named_organization'),
    ('Savings will fall in real terms, the think tank estimates.', 'estimates', 'the think tank', 'unnamed_group'),
    ('Keepers at Ashgrove Zoo say the lemur slipped through a gap in the fence.', 'say', 'Keepers at Ashgrove Zoo', 'unnamed_group'),
    ('The chamber of commerce president welcomed the plan, saying it would help.', 'saying', 'The chamber of commerce president', 'unnamed_individual'),
    ('The manager, Tom Reyes, 52, said the man, a farmer, had been arrested.', 'said', 'Tom Reyes', 'named_person'),
    ('The State of Nature report says one in six species is at risk.', 'says', 'The State of Nature report', 'document'),
    ('Legal & General said the deal would secure the pensions.', 'said', 'Legal & General', 'named_organization'),
    ('The chief executive is due to tell staff how many stores will close.', 'tell', 'The chief executive', 'unnamed_individual'),
    ('A preprint posted on medRxiv claims the antibody response fades within months.', 'claims', 'A preprint posted on medRxiv', 'document'),
    ('The keeper told the two otters apart by the markings on their tails.', None, None, None),
    ('The goats claimed every rosette at the county show.', None, None, None),
    ('Ruth Kellerman led the 1987 excavation at the site. She insists the mound was never a burial.', 'insists', 'She', 'named_person'),
    ('Heathrow Airport said flights would resume at noon.', 'said', 'Heathrow Airport', 'named_organization'),
    ('Glasgow Museums said the totem pole would be returned to the Nisga’a Nation.', 'said', 'Glasgow Museums', 'named_organization'),
    ('Transport for London said several Underground stations had closed.', 'said', 'Transport for London', 'named_organization'),
    ('Friends of the Earth said the decision was an act of vandalism.', 'said', 'Friends of the Earth', 'named_organization'),
    ('The Global Risks Report warns that water shortages will spread.', 'warns', 'The Global Risks Report', 'document'),
    ('The inspection certificate stated that the coach’s tyres were in good condition.', 'stated', 'The inspection certificate', 'document'),
    ('“Honestly,” he continued, “we may be on the brink.”', 'continued', 'he', 'unresolved'),
    ('The mayor claims without evidence that the vote was rigged.', 'claims', 'The mayor', 'unnamed_individual'),
    ('The trust has claimed £1.4m from its insurers for the flood damage.', None, None, None),
    ('Kerrigan says a quick prayer on the grid before every race.', None, None, None),
    ('Nobody could tell whether the coin was gold or gilded bronze.', None, None, None),
    ('The gale claimed the roof of the marina’s boathouse shortly before dawn.', None, None, None),
    # round 80: courts and policing outside Britain and America, science and health, consumer
    # technology; a prefixed noun, an -s verb before a bare clause, dated and edition-year records
    ('A lawyer for one of the co-accused argued that the search was unlawful.', 'argued', 'A lawyer for one of the co-accused', 'unnamed_individual'),
    ('Dr Amara Bello claims the trial data were altered before publication.', 'claims', 'Dr Amara Bello', 'named_person'),
    ('A letter dated 9 May warned that the ward was short of nurses.', 'warned', 'A letter dated 9 May', 'document'),
    ('Clearwater Trust, a Lagos-based NGO, alleged that detainees were beaten.', 'alleged', 'Clearwater Trust', 'named_organization'),
    ('The Global Peace Index 2024 finds that violence rose in every region.', 'finds', 'The Global Peace Index 2024', 'document'),
    ('Lawyers representing the miners lodged an appeal. They argue that the judge erred.', 'argue', 'They', 'unnamed_group'),
    ('The goalkeeper argued with the referee after the final whistle.', None, None, None),
    ('The striker’s brace confirmed his place in the starting eleven.', None, None, None),
    ('The nurse signalled left and pulled into the hospital car park.', None, None, None),
    ('The magistrate acknowledged the crowd with a nod as she left.', None, None, None),
    # round 81: immigration, labour, transport, agriculture, energy, the South Asian press; a
    # title with "for" before a name, a record's occasion of issue, hearsay "is learnt to"
    ('Minister for Information Asghar Nadeem told reporters that the talks had failed.', 'told', 'Minister for Information Asghar Nadeem', 'named_person'),
    ('Ministers agreed to meet again in June, a statement issued after the talks said.', 'said', 'a statement issued after the talks', 'document'),
    ('The outlawed group is learnt to have recruited dozens of youths.', 'learnt', None, 'agentless'),
    ('Caspiana Oil announced that its second well had struck gas.', 'announced', 'Caspiana Oil', 'named_organization'),
    ('This scribe has learnt that the chief secretary has sought a report.', 'learnt', 'This scribe', 'self'),
    ('Said Ahmed, a forklift driver from Bradford, has worked nights at the depot since 2011.', None, None, None),
    ('Miners observed a minute’s silence for the twelve men killed in the rockfall.', None, None, None),
    ('The women told their prayer beads in silence as the hearing began.', None, None, None),
    ('The ferry reported for inspection at Dover shortly before 6am.', None, None, None),
    ('Engineers maintained the turbines through the night.', None, None, None),
    ('Rain threatened to delay the wheat harvest for a second week.', None, None, None),
    ('The union’s five-a-side team conceded four goals in the charity match.', None, None, None),
    # round 82: disasters, prisons, tourism, utilities, the Nigerian, Ghanaian and Kenyan press,
    # platforms; a clause after a circumstance, an office's name, a participle in the subject
    ('Dr Ruth Abara claims in her new book the wards were full.', 'claims', 'Dr Ruth Abara', 'named_person'),
    ('The mayor of Sant’Elia, Giorgio Lombardi, said the town no longer exists.', 'said', 'Giorgio Lombardi', 'named_person'),
    ('On Tuesday, the mayor, Giorgio Lombardi, said the town no longer exists.', 'said', 'Giorgio Lombardi', 'named_person'),
    ('The Police Public Relations Officer (PPRO), SP Ayo Ogundele, confirmed the incident.', 'confirmed', 'SP Ayo Ogundele', 'named_person'),
    ('Togbe Agbesi IV told journalists that the festival would be low-key.', 'told', 'Togbe Agbesi IV', 'named_person'),
    ('The Inspector-General conceded that the force was understaffed.', 'conceded', 'The Inspector-General', 'unnamed_individual'),
    ('Union officials at the jail claim management ignored repeated warnings.', 'claim', 'Union officials at the jail', 'unnamed_group'),
    ('Officials warning of floods said residents should move to higher ground.', 'said', 'Officials warning of floods', 'unnamed_group'),
    ('The council has apologised to the family. It said a new case system was in place.', 'said', 'It', 'unnamed_group'),
    ('The magistrate denied bail to the former prison officer.', None, None, None),
    ('The hearing concluded shortly after 5pm.', None, None, None),
    ('Engineers added chlorine to the reservoir as a precaution.', None, None, None),
    # round 83: aviation, shipping, pharmaceuticals, farming, labour, the South Asian press; a
    # passive charge, a warning inverted after a statement, a title of one name, turning up
    ('Dylann Roof is accused of killing nine people.', 'accused', None, 'agentless'),
    ("The strike is likely to spread, warned Nadia Haddad of the Teachers' Alliance.", 'warned', 'Nadia Haddad', 'named_person'),
    ('The chairman of Stallard Group said the company would not be held to ransom.', 'said', 'The chairman of Stallard Group', 'unnamed_individual'),
    ('A bank in London said rates would rise.', 'said', 'A bank in London', 'unnamed_group'),
    ('Oskar Lind, a shipbroker at Fjord Chartering, expects tanker rates to hold up.', 'expects', 'Oskar Lind', 'named_person'),
    ('A nurse who worked on the study, speaking on condition of anonymity, said patients had withdrawn.', 'said', 'A nurse', 'unnamed_individual'),
    ('The drug maker said sales had risen.', 'said', 'The drug maker', 'unnamed_group'),
    ('Saltmarsh Tankers denied any link to the sanctioned vessel.', 'denied', 'Saltmarsh Tankers', 'named_organization'),
    ('Pickers reported to the packing shed at dawn.', None, None, None),
    ("Engineers maintained the airline's fleet at a hangar outside Cardiff.", None, None, None),
    ('Insurance claims for the injections rose 8 per cent.', None, None, None),
    ('The federation accepted the award without further comment.', None, None, None),
    # round 84: courts, Washington, markets, cybersecurity, public health, war; a one-word body
    # that says "it", pronouns past a bracket and an owner, belief without "that", amounts claimed
    ('Corvane said on Tuesday it would cut about 400 jobs.', 'said', 'Corvane', 'named_organization'),
    ('Goldcrest said its board had unanimously rejected the approach.', 'said', 'Goldcrest', 'named_organization'),
    ('Rep. Connor Vasquez (R-Ariz.) broke with his party on the vote. He said the bill was unfair.', 'said', 'He', 'named_person'),
    ("The governor's aides were unusually candid. They acknowledged that the rollout had been rushed.", 'acknowledged', 'They', 'unnamed_group'),
    ("Mrs Adebayo's son spent four days in the ward. She said nobody explained what was wrong.", 'said', 'She', 'named_person'),
    ('Not everyone is convinced the issue will play the same role in Iowa.', 'convinced', 'everyone', 'unnamed_group'),
    ('Under questioning, Mr Vane accepted that he had not read the safety manual.', 'accepted', 'Mr Vane', 'named_person'),
    ('A leaflet dropped over the town warned residents that the area would soon be bombed.', 'warned', 'A leaflet dropped over the town', 'document'),
    ('The plaintiffs claim they were never told about the landfill.', 'claim', 'The plaintiffs', 'unnamed_group'),
    ('She reported to the school that the fee was paid.', 'reported', 'She', 'unresolved'),
    ('Wexley claimed £18,000 in housing benefit over three years.', None, None, None),
    ('The governor claimed 54 percent of the vote.', None, None, None),
    ('He accepted that offer.', None, None, None),
    ('The jury reported to court at 10am each day.', None, None, None),
    ('Patients are triaged according to the severity of their symptoms.', None, None, None),
    # round 85: immigration, policing, schools, science, energy, opinion; counts before "who",
    # bodies named for a cause or by a word for a body, records placed by a participle, acts
    ('Some who study the issue argue that the rules are too loose.', 'argue', 'Some', 'unnamed_group'),
    ('One voter I met outside a diner in Scranton told me she was tired.', 'told', 'One voter', 'unnamed_individual'),
    ('In a statement, Americans for Fiscal Sanity said the budget was a fairy tale.', 'said', 'Americans for Fiscal Sanity', 'named_organization'),
    ('“We have seen no evidence of sabotage,” Baltic Grid said in a statement.', 'said', 'Baltic Grid', 'named_organization'),
    ('The caption accompanying the image says it was taken 14 kilometres above the surface.', 'says', 'The caption accompanying the image', 'document'),
    ('The report into the death in custody was published on Monday. It found that officers had failed to carry out checks.', 'found', 'It', 'document'),
    ('Co-author Benedikt Lorenz insisted the statistical methods were sound.', 'insisted', 'Co-author Benedikt Lorenz', 'named_person'),
    ('Critics charge that the barge scheme was rushed through without fire checks.', 'charge', 'Critics', 'unnamed_group'),
    ('The Speaker recognized the gentlewoman from Ohio for five minutes.', None, None, None),
    ('The hospital admitted the congressman overnight for observation.', None, None, None),
    ("The court denied the campaign's motion to halt the recount.", None, None, None),
    ('The scandal claimed the career of a second aide on Friday.', None, None, None),
    ('The suspect answered bail at the police station on Tuesday.', None, None, None),
    ('The passenger declared €12,000 in cash at the customs desk.', None, None, None),
    ('Families at the reception centre were housed according to the date of their arrival.', None, None, None),
    # round 86: housing, transport, the arts, religion, defence, Congress; bodies named by a word
    # for a body or described as one, pairs of described people, participles after "wrote to", acts
    ('Brightpath, the consortium building the tunnel, insisted the project was still on budget.', 'insisted', 'Brightpath', 'named_organization'),
    ('Harvest Bridge, a food bank network run by churches, estimated that it fed 80,000 people last winter.', 'estimated', 'Harvest Bridge', 'named_organization'),
    ('According to Halden Estates, the rent rise reflects higher insurance and maintenance costs.', 'According', 'Halden Estates', 'named_organization'),
    ("The Catholic Bishops' Conference of Norland insisted that the seal of the confessional could not be broken.", 'insisted', "The Catholic Bishops' Conference of Norland", 'named_organization'),
    ('Planners think the brownfield site could take up to 900 homes.', 'think', 'Planners', 'unnamed_group'),
    ('The Anglican bishop and the imam visited the burnt-out shop together. They said the attack would not divide the town.', 'said', 'They', 'unnamed_group'),
    ('Three former officers have written to the minister claiming that the inquiry was a whitewash.', 'claiming', 'Three former officers', 'unnamed_group'),
    ('Pastor Jonah Adeyinka preached that tithing would bring members financial prosperity.', 'preached', 'Pastor Jonah Adeyinka', 'named_person'),
    ('Several critics called the production overlong and muddled.', 'called', 'Several critics', 'unnamed_group'),
    ('The monks observed a strict rule of silence.', None, None, None),
    ('The couple are expecting their first child in the spring, just as their tenancy ends.', None, None, None),
    ('The governor declared a state of emergency in six counties ahead of the storm.', None, None, None),
    ('The House Ways and Means Committee reported the bill out on a party-line vote Wednesday.', None, None, None),
    ('The director called the cast back for a final run-through at midnight.', None, None, None),
    ('The journey took four hours, all told.', None, None, None),
    ('Catholics confess their sins to a priest in the sacrament of penance.', None, None, None),
    ('One Nordic diplomat was blunter. “This is a stitch-up,” he said.', 'said', 'he', 'unnamed_individual'),
    ('A non-paper circulated by the Netherlands argues that the fund should be tied to reforms.', 'argues', 'A non-paper circulated by the Netherlands', 'document'),
    ('The review of food labelling rules will begin in the autumn.', None, None, None),
    ('The veto threatened to derail the entire sanctions package.', None, None, None),
    # round 87: telecoms, mining, royals, emergency services, food, Latin America; then space and
    # obituaries; peers, bodies in Spanish and Portuguese, "said at least", clock times, pronouns
    ('The Duke of Harrowfield told reporters he was honoured to take on the patronage.', 'told', 'The Duke of Harrowfield', 'named_person'),
    ('In an interview with Halcyon TV, the Duchess said she had felt silenced for years.', 'said', 'the Duchess', 'unnamed_individual'),
    ('The palace said in a statement on Monday that the engagement had been postponed.', 'said', 'The palace', 'unnamed_group'),
    ('Citing two officials at the ministry, Folha do Norte said the contract had been awarded without a tender.', 'said', 'Folha do Norte', 'named_organization'),
    ('The vice-president is recovering well after surgery, Agencia Meridiana said.', 'said', 'Agencia Meridiana', 'named_organization'),
    ('The secretary of public security in Michoacán told local radio that reinforcements were on the way.', 'told', 'The secretary of public security in Michoacán', 'unnamed_individual'),
    ('A flood warning issued at 6am says property flooding is expected in low-lying parts of Brackwell.', 'says', 'A flood warning issued at 6am', 'document'),
    ('Glenvale Fire and Rescue Service has launched a review. It said lessons would be learnt.', 'said', 'It', 'named_organization'),
    ('The two unions represent most of the rig workers. They said the strike would go ahead on Monday.', 'said', 'They', 'unnamed_group'),
    ('Economists polled by Agencia Meridiana forecast inflation of 5.2 percent for the year.', 'forecast', 'Economists polled by Agencia Meridiana', 'unnamed_group'),
    ('Kitchen staff at the hotel claim they were told to work through the fire alarm.', 'claim', 'Kitchen staff at the hotel', 'unnamed_group'),
    ('As this newspaper reported at the time, she was the only survivor of the crash.', 'reported', 'this newspaper', 'self'),
    ('He died, it was announced on Thursday, at his home in Sintra.', 'announced', None, 'agentless'),
    ('Those close to him say he had been planning a farewell tour for next spring.', 'say', 'Those close to him', 'unnamed_group'),
    ('The Duke of Harrowfield claimed his inheritance at the age of 21.', None, None, None),
    ('He showed prize Hereford cattle at the county show every summer.', None, None, None),
    # round 88: the motor industry, insurance, gambling, weather, customs, the news media; then
    # construction and music
    ('She claimed on her home insurance after the burglary.', None, None, None),
    ('Punters claimed more than two million free bets during the tournament.', None, None, None),
    ('The £84m jackpot was claimed by a syndicate of nurses from Leeds.', None, None, None),
    ('The underwriter wrote £40m of marine business last year.', None, None, None),
    ('Officers questioned the crew for six hours before releasing them.', None, None, None),
    ('The smugglers signalled to a waiting boat with torches.', None, None, None),
    ('Lifting the carpet revealed a false floor beneath the rear seats.', None, None, None),
    ('The favourite conceded 10lb to the rest of the field.', None, None, None),
    ('Senior figures at the corporation believe the director general will not survive the week.', 'believe', 'Senior figures at the corporation', 'unnamed_group'),
    ("Met Éireann's head of forecasting said: “People should not travel.”", 'said', "Met Éireann's head of forecasting", 'unnamed_individual'),
    ('Cal Rooney voiced concern that smaller bands were being priced out of touring.', 'voiced', 'Cal Rooney', 'named_person'),
    ('The rail regulator\'s review was published on Thursday. It found the timetable had been “wildly optimistic”.', 'found', 'It', 'document'),
    ('One in three festival-goers surveyed said they would not return if prices rose again.', 'said', 'One in three festival-goers surveyed', 'unnamed_group'),
    ('Court records that were released on Monday show he lied.', 'show', 'Court records', 'unnamed_group'),
    ('Emails that the Post reviewed show the director knew of the complaints.', 'show', 'Emails', 'unnamed_group'),
    ('Engineers tested the new signalling system over the weekend.', None, None, None),
    # round 89: technology start-ups, organised crime, tax, retail, protests, verification,
    # charities; then fisheries and animal welfare
    ('Images taken by a drone show a crater beside the school.', 'show', 'Images', 'unnamed_group'),
    ('Footage filmed by a bystander and shared online shows the vehicle swerving.', 'shows', 'Footage', 'document'),
    ('Scientists not involved in the study cautioned that the trial was small.', 'cautioned', 'Scientists', 'unnamed_group'),
    ('The crowd chanted slogans against the mayor.', 'chanted', 'The crowd', 'unnamed_group'),
    ('The permit, seen by the Courier, says the march must disperse by 4pm.', 'says', 'The permit', 'document'),
    ('The Ethical Trading Compact said brands must share responsibility for wages.', 'said', 'The Ethical Trading Compact', 'named_organization'),
    ('Copenhagen Fashion Week said all brands must meet the standards.', 'said', 'Copenhagen Fashion Week', 'named_organization'),
    ('The Senate Budget Office projects that the deficit will top $2tn by 2030.', 'projects', 'The Senate Budget Office', 'named_organization'),
    ('Two projects that began last year have stalled.', None, None, None),
    ('The regulator issued an official warning to the trustees.', None, None, None),
    ('A motorist stuck in the queue shouted that he would miss his flight.', 'shouted', 'A motorist', 'unnamed_individual'),
    # round 90: intelligence, militancy, banking, climate, corruption, video games; then
    # pensions and nuclear power
    ('Halvorsen Interactive said the delayed sequel would launch in the spring.', 'said', 'Halvorsen Interactive', 'named_organization'),
    ('Harrowgate Signals, the contractor that built the system, said it was cooperating.', 'said', 'Harrowgate Signals', 'named_organization'),
    ('A leaked roadmap shows three expansions planned through 2027.', 'shows', 'A leaked roadmap', 'document'),
    ('The redacted annex notes that two of the sources had been paid.', 'notes', 'The redacted annex', 'document'),
    ("The lender's shares fell 6 per cent after it warned that profits would miss forecasts.", 'warned', 'it', 'unnamed_group'),
    ('The three accused were brought to court under heavy security.', None, None, None),
    ('The bomb went off as worshippers were saying their Friday prayers.', None, None, None),
    ('Dataminers say files in the latest build point to a new playable character.', 'say', 'Dataminers', 'unnamed_group'),
    ('A transcript of the intercepted call shows the commander ordering the strike.', 'shows', 'A transcript', 'document'),
    ('The assessment states with high confidence that human influence has warmed the climate.', 'states', 'The assessment', 'document'),
    ('Regulators in Belgium have argued that paid loot boxes amount to gambling.', 'argued', 'Regulators', 'unnamed_group'),
    ('Officers called at the house twice but nobody answered.', None, None, None),
    # round 91: startups, human rights, sanctions, narcotics, archaeology, fashion; then round
    # 90's pensions and nuclear power
    ('Lantern Rights said in a statement on Monday that its director had been summoned.', 'said', 'Lantern Rights', 'named_organization'),
    ("The prison's own logbook records that the man was placed in isolation.", 'records', "The prison's own logbook", 'document'),
    ('A leaked cable shows that diplomats warned of the tariff plan.', 'shows', 'A leaked cable', 'document'),
    ('An export licence dated 1962 states that the vase was a modern copy.', 'states', 'An export licence', 'document'),
    ('The caption beneath the jar says it was excavated legally in 1931.', 'says', 'The caption', 'document'),
    ('The model, 19, said on TikTok that she had been told to lose weight.', 'said', 'The model', 'unnamed_individual'),
    ('According to Deputy Prosecutor Lucía Ferrando, the network laundered at least $40m.', 'according', 'Deputy Prosecutor Lucía Ferrando', 'named_person'),
    ('Executives acknowledged on the call that the wholesale channel remained weak.', 'acknowledged', 'Executives', 'unnamed_group'),
    ('Both sisters were held for a week in the same cell. They said they were interrogated every night.', 'said', 'They', 'unnamed_group'),
    ('Duties are levied according to the weight of the goods.', None, None, None),
    ('The collapse of the firm claimed the retirement savings of 12,000 workers.', None, None, None),
    ('The guards noted each visitor\'s ID number in a ledger.', None, None, None),
    ('The court dismissed the case in under ten minutes.', None, None, None),
    # round 92: polling, publishing, tobacco and alcohol, veterans, humanitarian aid, crypto; then
    # round 91's water and property markets
    ('The Palmer Report, an annual survey of consumer confidence, warns that households expect prices to keep rising.', 'warns', 'The Palmer Report', 'document'),
    ('“The market has turned,” Crestmoor said in its half-year results.', 'said', 'Crestmoor', 'named_organization'),
    ('Tidewell conceded that parts of its pipe network were “not fit for the 21st century”.', 'conceded', 'Tidewell', 'named_organization'),
    ('The 2024 Veterans’ Wellbeing Survey suggests that loneliness is now a bigger problem than unemployment.', 'suggests', 'The 2024 Veterans’ Wellbeing Survey', 'document'),
    ('Norvik Property, the Oslo-listed landlord, insists the sale of its Stockholm offices was not forced.', 'insists', 'Norvik Property', 'named_organization'),
    ('Customer funds are safe and fully backed one-to-one, the exchange said in a post on Tuesday.', 'said', 'the exchange', 'unnamed_group'),
    ('His medical file states that he complained of nightmares and flashbacks as early as 2012.', 'states', 'His medical file', 'document'),
    ('The firm has been accused of cherry-picking results, though it says its methods are transparent.', 'says', 'it', 'unnamed_group'),
    ('The couple viewed the flat on Tuesday and made an offer the same evening.', None, None, None),
    ('The novel According to Ruth was longlisted for the Calloway Award.', None, None, None),
    ('She reports directly to the humanitarian coordinator.', None, None, None),
    ('Funding for the famine early warning network was cut by half.', None, None, None),
    ('The farmer admitted the cattle to the lower field, where the stream still ran.', None, None, None),
    # round 93: football transfers, central banks, Westminster, anti-doping, care homes, logistics;
    # then round 92's forestry and privacy
    ('Coaches in Iten say out-of-competition testing has become more frequent.', 'say', 'Coaches in Iten', 'unnamed_group'),
    ('A senior Tory backbencher predicted that the bill would be “gutted in the Lords”.', 'predicted', 'A senior Tory backbencher', 'unnamed_individual'),
    ('Number 10 later clarified that the Prime Minister had been “speaking in general terms”.', 'clarified', 'Number 10', 'named_organization'),
    ('Residents were moved out without proper handover notes, according to Meadowfield Advocacy.', 'according', 'Meadowfield Advocacy', 'named_organization'),
    ('The Dunmoor Care Market Review 2025 predicts a shortfall of 800 nursing beds in the county by 2030.', 'predicts', 'The Dunmoor Care Market Review 2025', 'document'),
    ('The 2024 State of the Forests report warns that wildfires now destroy more tree cover than logging.', 'warns', 'The 2024 State of the Forests report', 'document'),
    ('The Monetary Policy Report forecasts inflation averaging 2.8% next year.', 'forecasts', 'The Monetary Policy Report', 'document'),
    ('Staff at the home fear that further cuts to the night rota will put residents at risk.', 'fear', 'Staff at the home', 'unnamed_group'),
    ('The minutes of the board meeting record that two directors voted against the sale.', 'record', 'The minutes of the board meeting', 'document'),
    ('Brevik’s side claimed a third successive win with a late header.', None, None, None),
    ('The party conceded two seats to independent candidates in the local elections.', None, None, None),
    ('Containers are stacked according to their destination port.', None, None, None),
    ('Residents could hardly believe their eyes when the therapy donkeys arrived.', None, None, None),
    # round 94: semiconductors, horse racing, the polar regions, hospitality, insolvency, wine;
    # then round 93's mountaineering and film
    ('High Ground Adventures denied that its guides had left a client alone above the Hillary Step.', 'denied', 'High Ground Adventures', 'named_organization'),
    ('Chile maintains that its claim to the Antarctic Peninsula predates the treaty.', 'maintains', 'Chile', 'named_organization'),
    ('The 2024 Himalayan Safety Review concluded that fixed-rope failures caused a third of all falls.', 'concluded', 'The 2024 Himalayan Safety Review', 'document'),
    ('One supplier, who asked not to be named, said he was owed more than £90,000.', 'said', 'One supplier', 'unnamed_individual'),
    ('Hoteliers in the resort say bookings from Germany have halved since last summer.', 'say', 'Hoteliers in the resort', 'unnamed_group'),
    ('Some veterans of the mountain question whether the speed record was set on the same route.', 'question', 'Some veterans of the mountain', 'unnamed_group'),
    ('Our correspondent aboard the icebreaker reports that the convoy is moving again after a 30-hour wait.', 'reports', 'Our correspondent aboard the icebreaker', 'self'),
    ('The mountain claimed two more climbers on the descent from the summit.', None, None, None),
    ('The role called for a year of weight training and a strict diet.', None, None, None),
    ('The score was written by the Icelandic composer Hrefna Dagsdottir.', None, None, None),
    ('The deal confirmed Norrvik’s place as Europe’s largest chipmaker by revenue.', None, None, None),
    ('The group agreed a £90 million deal to buy six hotels on the Algarve.', None, None, None),
    ('The new chief executive reported directly to the restructuring committee.', None, None, None),
    # round 95: auctions, chess, textiles, volcanoes, nursing, patents; then round 94's public
    # libraries and railways
    ('Inkwell Publishing admitted that it had raised library e-book prices by 40 percent without notice.', 'admitted', 'Inkwell Publishing', 'named_organization'),
    ('Brightmoor insisted its lenses used a different coating process.', 'insisted', 'Brightmoor', 'named_organization'),
    ('According to its website, the heritage railway runs steam services every weekend from April to October.', 'according', 'its website', 'document'),
    ('The announcement over the public address system said the train was terminating at Ridgeway.', 'said', 'The announcement over the public address system', 'document'),
    ("The council's draft budget states that library spending will fall by a quarter over three years.", 'states', "The council's draft budget", 'document'),
    ('There are fears that the ash could collapse roofs already weakened by last month’s storm.', 'fears', None, 'agentless'),
    ('The two founders are reported to have fallen out over who deserved credit for the invention.', 'reported', None, 'agentless'),
    ('Local councils will have more say over which stations are staffed.', None, None, None),
    ('Extra carriages are added according to demand on match days.', None, None, None),
    ('The sale realised £14.3m against a pre-sale estimate of £9m.', None, None, None),
    ('Lava claimed the village church and two schools before it cooled.', None, None, None),
    ('The Polish grandmaster denied his opponent any counterplay on the queenside.', None, None, None),
    ('The mill’s sales team called on buyers in Milan and Paris last week.', None, None, None),
    ('The staff nurse called for help when the patient collapsed.', None, None, None),
    # round 96: dentistry, opera, postal services, beekeeping, tennis, maps and surveying; then round
    # 95's brewing and cycling
    ('The Spaniard conceded that he had misjudged the distance to the line.', 'conceded', 'The Spaniard', 'unnamed_individual'),
    ('Ardent Pro Cycling said on its website that the rider had been suspended pending an internal investigation.', 'said', 'Ardent Pro Cycling', 'named_organization'),
    ('According to Swiftbox, more than 40 million parcels passed through its Midlands hub in November.', 'according', 'Swiftbox', 'named_organization'),
    ('Local dentists warned in an open letter that cavities would rise within five years.', 'warned', 'Local dentists', 'unnamed_group'),
    ('According to the auction house, the buyer was a private collector from Singapore.', 'according', 'the auction house', 'unnamed_group'),
    ('The replay showed the ball had clipped the back of the baseline.', 'showed', 'The replay', 'document'),
    ('The 2024 Opera Audiences Survey found that first-time attenders were more likely to come back after a comedy than a tragedy.', 'found', 'The 2024 Opera Audiences Survey', 'document'),
    ('The lager is brewed according to the Bavarian purity law.', None, None, None),
    ('Aasen claimed the yellow jersey by four seconds.', None, None, None),
    ("The jury's decision denied Ruiz his first Grand Tour stage win.", None, None, None),
    ('The Chilean assured himself of a seeding at the Australian Open with the win.', None, None, None),
    ("The Garsides' claim to the strip of land ran to 40 pages of documents.", None, None, None),
    ('The address had been written by hand in green ink.', None, None, None),
    ('Hornets claimed three colonies in a single week at the coastal apiary.', None, None, None),
    # round 97: cricket, golf, funerals, orchards, taxis; then round 96's glassmaking and marathons
    ('Marlowe Glassworks said on Tuesday it would shut its second furnace at the end of March.', 'said', 'Marlowe Glassworks', 'named_organization'),
    ('Race organiser Grand Loop Events told the BBC that the course would be remeasured before next year.', 'told', 'Race organiser Grand Loop Events', 'named_organization'),
    ('In a statement, Swiftcab said the outage had affected bookings in four cities.', 'said', 'Swiftcab', 'named_organization'),
    ('Most of the potters questioned said they had raised prices at least twice this year.', 'said', 'Most of the potters questioned', 'unnamed_group'),
    ('According to the ministry, 1,400 hectares of orchard were lost to frost.', 'according', 'the ministry', 'unnamed_group'),
    ("Margaret Oduya's neighbour, Peter Lamb, lost even more. He said only the trees at the top of the hill had escaped.", 'said', 'He', 'named_person'),
    ('The world No. 1 admitted: “I was lucky to get away with that one on 13.”', 'admitted', 'The world No. 1', 'unnamed_individual'),
    ('The seamer claimed his maiden five-wicket haul on a grey morning at Harlow Road.', None, None, None),
    ('A sharp frost in late April claimed almost the entire pear crop.', None, None, None),
    ('The gaffer told his servitor off for letting the gather cool.', None, None, None),
    ('She pointed to the sky as she crossed the finish line.', None, None, None),
    ('Ravi Menon posted a four-under 68 in the opening round.', None, None, None),
    ('The grower denied the blackbirds their feast by netting every row.', None, None, None),
    ('The tribunal will hear evidence from drivers next week.', None, None, None),
    # round 98: boxing, coffee, watchmaking, allotments, skiing; then round 97's rowing, perfume and ballet
    ('World Rowing said the lightweight events would be reviewed before the next Olympic cycle.', 'said', 'World Rowing', 'named_organization'),
    ('“Never buy perfume from a market stall,” Trading Standards warned on Facebook.', 'warned', 'Trading Standards', 'named_organization'),
    ('Head of ski patrol Declan Furey noted that most injuries had happened on the easiest runs.', 'noted', 'Head of ski patrol Declan Furey', 'named_person'),
    ('Mira Okonjo reviews sunscreens on YouTube. She said one brand tested far below its label.', 'said', 'She', 'named_person'),
    ('Baristas at the chain’s flagship store told the Ledger that staffing had been cut.', 'told', 'Baristas at the chain’s flagship store', 'unnamed_group'),
    ('Baristas adjust the grind according to the humidity in the room.', None, None, None),
    ('Fog denied spectators a view of the finish.', None, None, None),
    ('Whitlock added the IBF strap to the WBA title he won in March.', None, None, None),
    ('The umpire warned the crew for steering towards the other station.', None, None, None),
    ('The patroller pointed to the cornice with her ski pole.', None, None, None),
    ('The resort answered the snow drought by running its cannons day and night.', None, None, None),
    ('The manufacturer recalled every bottle from the shelves.', None, None, None),
    # round 99: sailing, ceramics, veterinary practice, theme parks, salons; then round 98's circus and bakeries
    ('In a statement, Team Halcyon said it would not appeal the jury\'s decision.', 'said', 'Team Halcyon', 'named_organization'),
    ('Pennywell, the bakery chain known for its sausage rolls, said like-for-like sales rose 6% in the first quarter.', 'said', 'Pennywell', 'named_organization'),
    ('According to Graysmith\'s, the buyer was a private collector from Singapore.', 'according', 'Graysmith\'s', 'named_organization'),
    ('Shares in the group fell 8% after it admitted that sales of its premium range had slowed.', 'admitted', 'it', 'unnamed_group'),
    ('Wood-firers say the ash that settles on the pots gives each one a unique surface.', 'say', 'Wood-firers', 'unnamed_group'),
    ('A source close to the takeover talks said the deal could be announced within weeks.', 'said', 'A source close to the takeover talks', 'unnamed_individual'),
    ('Allergen labelling became compulsory for pre-packed food in 2021.', None, None, None),
    ('The crews reported to the race office for the skippers\' briefing at 8am.', None, None, None),
    ('The fire-eater denied himself a drink until the last show was over.', None, None, None),
    ('The turning tide told against the boats that had gone inshore.', None, None, None),
    ('The park felt the impact of the rail strike on its busiest weekend.', None, None, None),
    ('The farmer signalled to the vet to pull the tractor into the yard.', None, None, None),
    ('The gallery posted the vase to a buyer in Ohio, wrapped in three layers of bubble wrap.', None, None, None),
    # round 100: chess, puppetry, falconry, tattoo studios, lifeboats, dentistry
    ("Kittering Boatyard confirmed the tender would be repaired over the winter.", "confirmed", "Kittering Boatyard", "named_organization"),
    ("Hallam's Birds of Prey Centre announced that it would close until the spring.", "announced", "Hallam's Birds of Prey Centre", "named_organization"),
    ("Arbiters estimated that about 600 players had taken part across the five sections.", "estimated", "Arbiters", "unnamed_group"),
    ("An inspection log kept behind the desk showed the autoclave had been tested weekly.", "showed", "An inspection log kept behind the desk", "document"),
    ("The union, Ink Workers United, claimed that more than half of trainees received no wage.", "claimed", "Ink Workers United", "named_organization"),
    ("The diver may have been swept towards the rocks, rescuers fear.", "fear", "rescuers", "unnamed_group"),
    ("Punch and Judy man Ron Tilly, 64, who has performed on the beach since 1983, said the fee of £1,200 a season would drive him off.", "said", "Punch and Judy man Ron Tilly", "named_person"),
    ("The crew felt the cold long before they reached the casualty.", None, None, None),
    ("The red kite described lazy circles over the valley.", None, None, None),
    ("The tiercel answered the lure within seconds, swinging in low over the stubble.", None, None, None),
    ("It was the station's 40th shout of the year.", None, None, None),
    ("Draw claims must be made in writing on the official form.", None, None, None),
    ("The surgery admitted new NHS patients on Saturday for the first time in four years.", None, None, None),
    ("She posted her first glove puppet to a television producer in 1962.", None, None, None),
]

# expectations the project decided otherwise, with the reason (docs/signals/sourcing.md)
DESIGNED = {
    "Smith reportedly said the plan failed.": "an agentless adverb governs its clause: the issue's golden test 'Yuldash reportedly believes' is agentless",
    "Smith is reported to have said the plan failed.": "the same: 'is reported to' is agentless, like 'is said to'",
    "According to court documents, the plan failed.": "a plural record is a group of documents, typed unnamed_group like 'intelligence reports'",
    "Smith declined to comment.": "PolNeAR annotates a refusal to comment as an attribution",
}
DESIGNED_CASES = [
    ("Smith reportedly said the plan failed.", "said", "Smith", "named_person"),
    ("Smith is reported to have said the plan failed.", "said", "Smith", "named_person"),
    ("According to court documents, the plan failed.", "According to", "court documents", "document"),
    ("Smith declined to comment.", None, None, None),
]


def _read(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (text[a.cue.start : a.cue.end], text[a.source.start : a.source.end] if a.source else None, a.source_type)
        for a in attributions_of(AnalyzedText(text))
    ]


def check(text: str, cue: str | None, source: str | None, source_type: str | None) -> str | None:
    """None when ``text`` reads as expected, otherwise what went wrong."""
    got = _read(text)
    if cue is None:
        return f"no attribution expected, got {got}" if got else None
    hits = [g for g in got if cue.lower() in g[0].lower()]
    if not hits:
        return f"missed (got {got})"
    _, src, typ = hits[0]
    if source is None:
        ok = src is None
    else:
        # a source may carry its description or lose a trailing one; it must share the head words
        ok = src is not None and (source.lower() in src.lower() or src.lower() in source.lower())
    if not ok:
        return f"source {src!r}, expected {source!r}"
    if typ != source_type:
        return f"type {typ}, expected {source_type}"
    return None


def frames() -> list[tuple[str, str, str]]:
    """(text, verb, expected source) for every subject, verb and order."""
    out = []
    for order in ORDERS:
        for subject in SUBJECTS:
            for verb in VERBS:
                text = order.format(S=subject[0].upper() + subject[1:], s=subject, v=verb)
                text = text.replace(",,", ",").replace(",.", ".").replace(", .", ".")
                out.append((text, verb, subject.rstrip(",")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=20, help="print up to N failures of each part")
    args = ap.parse_args(argv)
    missed, wrong_source = [], []
    for text, verb, subject in frames():
        got = [g for g in _read(text) if g[0].split()[0] == verb]
        if not got:
            missed.append(text)
        elif got[0][1] is None or not (
            got[0][1].lower() == subject.lower() or subject.lower().startswith(got[0][1].lower())
            or got[0][1].lower() in subject.lower()  # "the group's president, Ann Lee": the name
        ):
            wrong_source.append(f"{text}  -> {got[0][1]!r}")
    n = len(frames())
    print(f"frames: {n} sentences ({len(SUBJECTS)} subjects x {len(VERBS)} verbs x {len(ORDERS)} orders)")
    print(f"  missed        {len(missed)}")
    print(f"  wrong source  {len(wrong_source)}")
    for line in (missed + wrong_source)[: args.show]:
        print("   ", line)
    failures = [(t, why) for t, *exp in PHRASEBOOK if (why := check(t, *exp)) is not None]
    print(f"phrasebook: {len(PHRASEBOOK)} sentences, {len(failures)} not as expected")
    for text, why in failures[: args.show]:
        print(f"    {text}  -> {why}")
    decided = [(t, why) for t, *exp in DESIGNED_CASES if (why := check(t, *exp)) is not None]
    print(f"decided otherwise on purpose: {len(decided)} of {len(DESIGNED_CASES)}")
    for text, _ in decided:
        print(f"    {text}  ({DESIGNED[text]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
