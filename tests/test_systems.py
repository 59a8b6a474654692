"""Table-driven: real-world spellings of IT systems and suppliers, each in a sentence of the kind FOI replies
write, -> the catalogue entries reported; sentences that must report nothing; the Kent seed; and the
measurement behind the fuzzy-matching threshold.

Written from the specification (issue 4, ../shared/corpus/LABELLING.md "systems", ../shared/research/systems.md
§3 alias index and §6 name collisions), not from the implementation. Expected names are the catalogue's
``name`` (patterns/systems.yaml, or patterns/suppliers.yaml for a company named without its product).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import DEV_CORPUS, FIXTURES, SEED
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process, utils

from foiparse.catalogue import Catalogue, get_catalogue
from foiparse.clean import clean
from foiparse.extract.context import Context
from foiparse.extract.questions import extract_questions
from foiparse.extract.systems import (
    _ORDINARY_WORDS,
    _UNKNOWN_NAME,
    FUZZY_MIN_LENGTH,
    FUZZY_THRESHOLD,
    TOOL_KINDS,
    _may_end_camel_case,
    _Run,
    extract_systems,
    system_matcher,
)
from foiparse.models import SystemMention
from foiparse.nlp import get_nlp
from foiparse.readers import read_text
from foiparse.segment import segment


def context(text: str) -> Context:
    catalogue = get_catalogue()
    cleaned = clean(read_text(text))
    layout = segment(cleaned, catalogue)
    return Context(clean=cleaned, layout=layout, catalogue=catalogue, doc=get_nlp().make_doc(cleaned.text))


def systems(text: str, **kwargs: Any) -> list[SystemMention]:
    ctx = context(text)
    return extract_systems(ctx, extract_questions(ctx), **kwargs)


def case(text: str, expected: list[str], attrs: dict[str, Any] | None = None, *, id: str) -> Any:
    return pytest.param(text, expected, attrs or {}, id=id)


SUPPLIER = {"kind": "supplier"}
FUZZY = {"match": "fuzzy"}

POSITIVES = [
    # Thurrock Council's published response on its online payment solution: the product, not only its supplier
    case(
        "1. What system do you use to take online payments from service users, and who supplies it?\n\nSupplier "
        "name: Civica\n\nProduct name: CivicaPay (Secure Payment Software)\n\n3. Is the system hosted in house?\n\n"
        "It is hosted by Civica Pay in their cloud.\n",
        ["CivicaPay"],
        id="civicapay-the-product-beside-its-supplier",
    ),
    # Bury Council's log: the North West councils' e-tendering portal, by its name in brackets
    case(
        "Where the anticipated contract value exceeds £25,000 we will advertise the requirement on our e-tendering "
        "portal (The Chest) and Contracts Finder.",
        ["The Chest"],
        id="the-chest-e-tendering-portal",
    ),
    # Lincolnshire County Council's log: the purchase-to-pay product by its maker's name, beside the ERP
    case(
        "2. What systems do you use for managing and processing invoices and also for catalogues?\n\nDecision\n\n2. "
        "Proactis/Unit4 Business World On.",
        ["Proactis", "Unit4"],
        id="proactis-beside-unit4-business-world",
    ),
    # Hastings Borough Council's log: the e-tendering portal by its maker's name
    case(
        "The system they use to publish our tenders is In-tend (www.in-tend.co.uk) through the South East Shared "
        "Services portal.",
        ["In-Tend"],
        id="in-tend-e-tendering-portal",
    ),
    # The Metropolitan Police Service's reply about live facial recognition: NEC's product, its maker not named
    case(
        "2. As well as any documents relating to contracts for the purchase of NeoFace Watch software.\nI have today "
        "decided to disclose some of the requested information.",
        ["NeoFace Watch"],
        id="neoface-watch",
    ),
    # Belfast Health and Social Care Trust's table of attendances, its source the reporting tool by its initials;
    # the tool's name as two words needs a reporting word, "business objects" in a sentence about invoices none
    case(
        "Grand Total\n94057 77935\nSource: BOXI\nProduced by Information Services Department",
        ["SAP BusinessObjects"],
        id="boxi",
    ),
    case(
        "Reports are written in Business Objects and run weekly.",
        ["SAP BusinessObjects"],
        id="business-objects-reports",
    ),
    case(
        "The finance system holds business objects such as invoices and orders.", [], id="business-objects-is-a-phrase"
    ),
    # East Lancashire Hospitals NHS Trust's log, its systems written into the request's list after each kind: the EPR
    # misspelt, the integration engine by its one-word name beside "Trust Integration Engine"
    case(
        "1. Accident & Emergency - Oracle Millenium\n3. Digital Dictation - Winscribe\n5. Document Management - Windip"
        "\n9. Trust Integration Engine (TIE) \u2013 Ensemble\n",
        ["Cerner Millennium", "Winscribe", "WinDIP", "Ensemble"],
        id="a-trusts-systems-after-each-kind",
    ),
    # "Ensemble" alone, no integration word near it, is a word
    case("The orchestra's string ensemble will play at the hospital's open day.", [], id="an-ensemble-is-a-word"),
    # The London Borough of Lambeth's reply: the electoral management system by its owner's name, no electoral word
    # beside it, and the owner no second mention
    case(
        "We also have separate licences x60 for the Civica Xpress mobile canvassing app.",
        ["Xpress"],
        id="civica-xpress",
    ),
    # Thurrock Council's published response, cut inside "Liquidlogic Children's System": a word where a catalogue
    # name has an acronym is no misspelling of it (not "Liquidlogic CHC", the Continuing Healthcare module; its maker named)
    case(
        "Software used in Children's Services: ContrOCC supplied by Oxford Computer Consultants and Liquidlogic Child",
        ["ContrOCC", "Liquidlogic"],
        id="a-word-is-no-misspelt-acronym",
    ),
    # Requests on Salisbury NHS Foundation Trust's and NHS Greater Manchester ICB's logs, and to NHS England on
    # WhatDoTheyKnow: NHS England's data platform and the Palantir product it runs on
    case(
        "This is a request regarding the rollout and implementation of the Federated Data Platform (FDP), provided by "
        "Palantir Technologies. Is the Trust currently using the FDP?\n",
        ["Federated Data Platform"],
        id="nhs-englands-federated-data-platform",
    ),
    case(
        "This request relates to the installation of Palantir's Foundry platform which NHS England commissioned.\n",
        ["Palantir Foundry"],
        id="palantirs-foundry",
    ),
    # NHS Shetland's log: the maker's spaced name holds its incident product's ("RL Datix"), not a mention of it; its
    # rostering product by the name the board's roll-out used
    case(
        "· Medical & Dental –\nRL Datix e-Allocate continues to be rolled out across the organisation, no medic rosters "
        "are currently using e-Allocate.\n",
        ["HealthRoster"],
        id="the-makers-spaced-name-holds-its-products",
    ),
    # Central and North West London NHS Foundation Trust's letter, its answers glued to the questions' last words in
    # the PDF's text: the name after the lost space is found; a name of its own ("ContrOCC") holds no other
    case(
        "2. Please state the name(s) of all rostering provider(s) used, split by the following staffing groups:\n"
        "a. Medical & DentalDRS - supplied by Skills for Health\nb. Nursing & MidwiferyHealthRoster - supplied by "
        "Allocate\nPayments run through ContrOCC.\n",
        ["Doctors Rostering System", "HealthRoster", "ContrOCC"],
        id="a-name-glued-to-the-word-before-it",
    ),
    # Thurrock Council's published reply listing its systems by service: a name that is also an ordinary word takes its
    # cue from the service's heading above its line
    case(
        "Customer Services log resident details against records and create records on the below systems:\n\n"
        "Housing:\n\nNorthgate, Jigsaw and Uniform\n\nNorthgate: letters produced and works completed\n",
        ["Jigsaw"],
        id="an-ambiguous-name-cued-by-its-services-heading-above",
    ),
    # Bolton NHS Foundation Trust's log: an electronic patient record's supplier named as its system
    case(
        "At present out Trust does not have an EPR. We have recently procured the Allscripts system for implementation"
        " during 2019.",
        ["Allscripts"],
        SUPPLIER,
        id="allscripts-procured-as-an-epr",
    ),
    # Barnet Homes' reply: a product's name with a space between its capitals is still the product
    case(
        "Our repairs appointments are provided by a company called Total Mobile.",
        ["Totalmobile"],
        FUZZY,
        id="total-mobile-spaced-is-totalmobile",
    ),
    # ------------------------------------------------------------------ Liquidlogic (systems.md §3 row 1-4)
    case("Children's social care uses the Liquid logic system.", ["Liquidlogic"], SUPPLIER, id="liquid-logic-spaced"),
    # East of England Ambulance Service's log: the supplier's one product, its kind named beside it
    case(
        "The Trust uses the CAD system supplied by Cleric.",
        ["Cleric CAD"],
        {"supplier": "Cleric Computer Services"},
        id="the-kind-of-system-supplied-by-cleric",
    ),
    case("The Cleric has been appointed to the chapel.", [], id="a-cleric-is-no-system"),
    # North East Ambulance Service's reply on conveying children
    case(
        "The Trust triage all patients, regardless of age, via NHS Pathways.",
        ["NHS Pathways"],
        id="nhs-pathways-triage",
    ),
    case("We follow NHS pathways for cancer referral within two weeks.", [], id="nhs-care-pathways-are-no-system"),
    # Hywel Dda University Health Board's reply on rostering
    case(
        "b)  Nursing and Midwifery – Rosterpro is used for nursing rostas in ward area and for the bank nurse system.",
        ["RosterPro"],
        {"supplier": "HMT Systems"},
        id="rosterpro-for-nursing-rotas",
    ),
    case(
        "We use Liquid-Logic software for children's case management.",
        ["Liquidlogic"],
        SUPPLIER,
        id="liquid-logic-hyphen",
    ),
    case(
        "The council's case management system is LiquidLogic LCS.",
        ["Liquidlogic LCS"],
        {"supplier": "Liquidlogic", "supplier_stated": True},
        id="liquidlogic-lcs-camel",
    ),
    case(
        "Our children's services use LCS for all case recording.",
        ["Liquidlogic LCS"],
        {"match": "alias"},
        id="lcs-with-cue",
    ),
    case(
        "Case records are kept in the Liquidlogic Children's System.",
        ["Liquidlogic LCS"],
        id="liquidlogic-childrens-system",
    ),
    case(
        "Liquidlogic Childrens Social Care System has been in place since 2013.",
        ["Liquidlogic LCS"],
        id="childrens-social-care-system",
    ),
    case("We moved to Liquid Logic LCS in 2014.", ["Liquidlogic LCS"], id="liquid-logic-lcs"),
    case("Children: Liquidlogic\nLCS, hosted by the council.", ["Liquidlogic LCS"], id="name-across-line-break"),
    case("Adults: Liquidlogic Adults' System (LAS).", ["Liquidlogic LAS"], id="liquidlogic-adults-system"),
    case("Adult social care uses LAS for assessments and reviews.", ["Liquidlogic LAS"], id="las-with-cue"),
    case("Early help casework is recorded in the Early Help Module.", ["Liquidlogic EHM"], id="early-help-module"),
    case("Our early help service uses EHM.", ["Liquidlogic EHM"], id="ehm-with-cue"),
    case("Admissions are processed in Liquidlogic EYES.", ["Liquidlogic EYES"], id="liquidlogic-eyes"),
    # ------------------------------------------------------------------ Mosaic, Frameworki
    case(
        "Adult social care case management is on Mosaic.",
        ["Mosaic"],
        {"supplier": "Servelec", "supplier_stated": False, "supplier_parent": "The Access Group"},
        id="mosaic-case-management",
    ),
    case(
        "We use Servelec Mosaic for adults and children.",
        ["Mosaic"],
        {"supplier": "Servelec", "supplier_stated": True},
        id="servelec-mosaic",
    ),
    case(
        "Mosaic (Servelec) is used by both directorates.",
        ["Mosaic"],
        {"supplier": "Servelec", "supplier_stated": True},
        id="mosaic-bracketed-supplier",
    ),
    case(
        "Mosaic, supplied by The Access Group, holds all case records.",
        ["Mosaic"],
        {"supplier": "The Access Group"},
        id="mosaic-supplied-by-access",
    ),
    case("Adults' records moved to Mosiac in 2017.", ["Mosaic"], id="mosiac-misspelling"),
    case("The Mosaic system replaced Frameworki in 2016.", ["Mosaic", "Frameworki"], id="mosaic-system-and-frameworki"),
    case("Corelogic Frameworki was our case recording system until 2016.", ["Frameworki"], id="corelogic-frameworki"),
    # ------------------------------------------------------------------ OLM, CareWorks, others in social care
    case("Adult social care uses Care First.", ["CareFirst"], id="care-first-two-words"),
    case("We are still on Carefirst 6 for adults.", ["CareFirst"], id="carefirst-6"),
    case(
        "The CareFirst system will be replaced next year.",
        ["CareFirst"],
        {"supplier": "OLM", "supplier_stated": False},
        id="carefirst-system",
    ),
    case(
        "We have signed a contract for OLM Eclipse.",
        ["Eclipse"],
        {"supplier": "OLM", "supplier_stated": True},
        id="olm-eclipse",
    ),
    case(
        "The council is implementing the Eclipse software system from OLM.",
        ["Eclipse"],
        {"supplier": "OLM", "supplier_stated": True},
        id="eclipse-software-from-olm",
    ),
    case(
        "The council will replace its Carefirst IT system with OLM's new Eclipse system.",
        ["CareFirst", "Eclipse"],
        id="carefirst-and-olms-eclipse",
    ),
    case(
        "Social care case management: Care Director v5 (CareWorks).",
        ["CareDirector"],
        {"supplier": "CareWorks", "supplier_stated": True},
        id="care-director-v5",
    ),
    case("Children's services use CareDirector.", ["CareDirector"], {"supplier_parent": "Advanced"}, id="caredirector"),
    case("In Wales we use WCCIS, the Welsh Community Care Information System.", ["WCCIS"], id="wccis"),
    case(
        "Our youth offending team uses ChildView from CACI.",
        ["ChildView"],
        {"supplier": "CACI", "supplier_stated": True},
        id="childview-caci",
    ),
    case("Civica Paris is used by the community mental health teams.", ["PARIS"], id="civica-paris"),
    case("Adults' records were on Anite SWIFT until 2019.", ["SWIFT"], id="anite-swift"),
    case("Children's social care uses Azeus Care.", ["Azeus Care"], id="azeus-care"),
    case("Homecare visits are monitored with CM2000.", ["CM2000"], id="cm2000"),
    case(
        "Placements finance used the Access to Resources and Placements Finance system.", ["ARPF"], id="arpf-full-name"
    ),
    case("Abacus Social Care was used for fairer charging.", ["Abacus"], id="abacus-social-care"),
    # ------------------------------------------------------------------ education, SEND, finance of social care
    case(
        "Education uses Capita ONE for admissions and SEND.",
        ["Capita One"],
        {"supplier": "Capita", "supplier_stated": True},
        id="capita-one-caps",
    ),
    case(
        "The One Education and Children's Services system holds attendance data.",
        ["Capita One"],
        id="one-education-and-childrens-services",
    ),
    case("School admissions are handled in CapitaOne.", ["Capita One"], id="capitaone"),
    case("Early years funding is managed in Synergy (EISi).", ["Synergy"], id="synergy-eisi"),
    case("Servelec Synergy is used for admissions and SEND.", ["Synergy"], id="servelec-synergy"),
    case("EHC plans are produced in the EHC Hub.", ["EHC Hub"], id="ehc-hub"),
    case(
        "Plans are managed through the Education Health and Care Hub.", ["EHC Hub"], id="education-health-and-care-hub"
    ),
    case("Provider payments are made through Controcc.", ["ContrOCC"], {"match": "exact"}, id="controcc-lower"),
    case("Finance uses CONTROCC for direct payments.", ["ContrOCC"], id="controcc-upper"),
    case(
        "ContrOCC, supplied by Oxford Computer Consultants (OCC), is integrated with LAS.",
        ["ContrOCC", "Liquidlogic LAS"],
        {"supplier": "Oxford Computer Consultants", "supplier_stated": True},
        id="controcc-supplied-by-occ",
    ),
    case("We use OCC MarketPlace for the online care directory.", ["OCC MarketPlace"], id="occ-marketplace"),
    case("Schools use SIMS as their management information system.", ["SIMS"], id="sims"),
    case("Student records are held in Tribal SITS.", ["SITS:Vision"], id="tribal-sits"),
    case("Schools in the trust use Arbor MIS.", ["Arbor MIS"], id="arbor-mis"),
    case("Safeguarding concerns are logged in CPOMS.", ["CPOMS"], id="cpoms"),
    case("Exclusions are recorded in SEEMiS by each school.", ["SEEMiS"], {"supplier": None}, id="seemis"),
    # ------------------------------------------------------------------ health
    case("Community services use System One.", ["SystmOne"], id="system-one"),
    case(
        "Community nursing uses SystmOne (TPP).",
        ["SystmOne"],
        {"supplier": "TPP", "supplier_stated": True},
        id="systmone-tpp",
    ),
    case("The GP practices use SystemOne.", ["SystmOne"], id="systemone"),
    case("Our GP practices use EMIS Web.", ["EMIS Web"], id="emis-web"),
    case("The mental health trust uses Servelec RiO.", ["RiO"], id="servelec-rio"),
    case("Mental health records are held on RiO.", ["RiO"], id="rio-with-cue"),
    case("The acute trust went live with Cerner Millennium in 2019.", ["Cerner Millennium"], id="cerner-millennium"),
    case("The hospital's electronic patient record is Epic.", ["Epic"], id="epic-with-cue"),
    case(
        "Maternity records are held in BadgerNet, supplied by Clevermed Ltd.",
        ["BadgerNet"],
        {"supplier": "Clevermed"},
        id="badgernet",
    ),
    case("The pathology laboratory system is WinPath.", ["WinPath"], id="winpath"),
    # NHS Birmingham South Central CCG's reply: continuing healthcare run by its commissioning support unit
    case("Arden & GEM CSU uses the Broadcare system.", ["Broadcare"], id="broadcare"),
    case("Arden & GEM CSU uses the Exeter system.", ["Exeter System"], {"match": "exact"}, id="nhs-exeter-system"),
    # the Nottinghamshire CCGs' joint reply to a round robin on continuing healthcare
    case(
        "The continuing care provider uses QA Plus to record patient information relating to CHC.",
        ["QA Plus"],
        {"match": "exact"},
        id="qa-plus-for-continuing-healthcare",
    ),
    case(
        "Continuing healthcare assessments are recorded on Caretrack.",
        ["Caretrack"],
        {"match": "exact"},
        id="caretrack-for-continuing-healthcare",
    ),
    # the Home Office's reply refusing on cost a request about its caseworking records
    case(
        "Applications that were migrated from CID to Atlas during 2021 and 2022 do not carry a consistent record.",
        ["CID", "Atlas"],
        id="home-office-atlas-beside-the-database-it-replaced",
    ),
    # the Home Office's reply on immigration casework records, naming the old database by its longer name
    case(
        "Records created before 2019 are held on the Casework Information Database and cannot be searched by nationality.",
        ["CID"],
        {"match": "alias"},
        id="home-office-cid-by-its-casework-name",
    ),
    case(
        "Officers from CID attended the address and a man was arrested.",
        [],
        id="cid-a-police-department-is-no-database",
    ),
    # the Scottish Information Commissioner's Decision 134/2006 on Glasgow Caledonian University
    case(
        "An audit report examining project management of the implementation of Oracle Student System and Oracle "
        "Financials within the University.",
        ["Oracle Student System", "Oracle E-Business Suite"],
        id="oracle-student-system-beside-oracle-financials",
    ),
    case("Payroll runs through the NHS Electronic Staff Record.", ["ESR"], id="electronic-staff-record"),
    case("Patient administration uses System C Medway.", ["Medway"], id="system-c-medway"),
    # Gloucestershire Health and Care NHS Foundation Trust, asked about digital dictation
    case(
        "BigHand uses Nuances/Microsoft's Dragon engine to transcribe the audio files.",
        ["BigHand", "Dragon"],
        id="dragon-beside-a-dictation-cue",
    ),
    case("We use Dragon Medical One for speech recognition.", ["Dragon"], id="dragon-medical-one"),
    # the Police Service of Northern Ireland's disclosure log: Capita's police division is no school system
    case(
        "Command and Control system \u2013 SSS public Safety (Formerly Capita SIS)",
        [],
        id="capita-sis-is-capita-s-division-not-sims",
    ),
    case("The Welsh Dragon was flown over County Hall.", [], id="a-dragon-with-no-dictation-cue-is-no-product"),
    case("The trust uses InterSystems TrakCare as its PAS.", ["TrakCare"], id="trakcare"),
    # ------------------------------------------------------------------ finance, HR, revenues
    case(
        "Finance runs on Oracle Fusion.",
        ["Oracle Fusion"],
        {"supplier": "Oracle", "supplier_stated": True},
        id="oracle-fusion",
    ),
    case("Our ERP is Oracle E-Business Suite R12.", ["Oracle E-Business Suite"], id="oracle-ebs"),
    case("We use Unit4 ERP for finance.", ["Unit4"], {"supplier": "Unit4", "supplier_stated": True}, id="unit4-erp"),
    case("The finance system is Agresso.", ["Unit4"], {"match": "alias"}, id="agresso"),
    case("Unit4 Business World went live in 2019.", ["Unit4"], id="unit4-business-world"),
    case("Finance and HR run on SAP.", ["SAP"], id="sap-with-cue"),
    case("We are migrating to SAP S/4HANA.", ["SAP"], id="sap-s4hana"),
    case(
        "Our CRM is Microsoft Dynamics 365.",
        ["Microsoft Dynamics 365"],
        {"category": "platform", "match": "exact"},
        id="microsoft-dynamics-365",
    ),
    case("Customer services use Dynamics 365.", ["Microsoft Dynamics 365"], id="dynamics-365"),
    case(
        "HR and payroll use iTrent from MHR.", ["iTrent"], {"supplier": "MHR", "supplier_stated": True}, id="itrent-mhr"
    ),
    case("Payroll is processed in i-Trent.", ["iTrent"], id="i-trent"),
    case("HR uses Northgate ResourceLink.", ["ResourceLink"], id="northgate-resourcelink"),
    case("Revenues and benefits use Capita Academy.", ["Capita Academy"], id="capita-academy"),
    case("Council tax is billed from Northgate iWorld.", ["iWorld"], id="northgate-iworld"),
    case("Benefits are administered in Civica OpenRevenues.", ["Civica OpenRevenues"], id="civica-openrevenues"),
    case("Card payments are taken through Pay360.", ["Pay360"], id="pay360"),
    case("Income management uses Civica Icon.", ["Civica Icon"], id="civica-icon"),
    # ------------------------------------------------------------------ housing, planning, highways, other services
    case(
        "Repairs are recorded in Northgate Housing, supplied by NEC Software Solutions UK.",
        ["Northgate Housing"],
        {"supplier": "NEC Software Solutions", "supplier_stated": True},
        id="northgate-housing-nec",
    ),
    case("Tenancies are managed in Civica Cx.", ["Civica Cx"], id="civica-cx"),
    case("Our housing system is Aareon QL.", ["Aareon QL"], id="aareon-ql"),
    case(
        "Planning uses Idox Uniform.",
        ["Idox Uniform"],
        {"supplier": "Idox", "supplier_stated": True},
        id="idox-uniform",
    ),
    case("Building control uses Acolaid.", ["Acolaid"], {"supplier": "Idox", "supplier_stated": False}, id="acolaid"),
    case(
        "Licensing uses Northgate M3.",
        ["Northgate M3"],
        {"supplier_parent": "NEC Software Solutions"},
        id="northgate-m3",
    ),
    case("Environmental health uses M3PP.", ["Northgate M3"], id="m3pp"),
    case(
        "Highways inspections are recorded in Confirm, supplied by Brightly.",
        ["Confirm"],
        {"supplier": "Brightly Software"},
        id="confirm-brightly",
    ),
    case("Waste rounds are planned in Bartec Collective.", ["Bartec Collective"], id="bartec-collective"),
    case("Street works noticing uses Symology Insight.", ["Symology Insight"], id="symology-insight"),
    case("Fleet is managed in Civica Tranman.", ["Tranman"], id="civica-tranman"),
    case("Libraries use Spydus.", ["Spydus"], id="spydus"),
    case(
        "Legal services use Proclaim from Eclipse Legal Systems.",
        ["Proclaim"],
        {"supplier": "Eclipse Legal Systems"},
        id="proclaim-not-olm-eclipse",
    ),
    # ------------------------------------------------------------------ CRM, web, documents, platforms
    case("Our customer contact centre uses Lagan CRM.", ["Lagan"], id="lagan-crm"),
    case("The IT service desk uses ServiceNow.", ["ServiceNow"], {"category": "platform"}, id="servicenow"),
    case("The service desk runs on Ivanti Service Manager.", ["Ivanti Service Manager"], id="ivanti"),
    case("Our website runs on Jadu CMS.", ["Jadu CMS"], id="jadu-cms"),
    case("Online forms are built in Firmstep AchieveForms.", ["AchieveService"], id="achieveforms"),
    case("Records are stored in Objective ECM.", ["Objective ECM"], id="objective-ecm"),
    case("Documents are held in Livelink.", ["OpenText Content Server"], id="livelink"),
    case("Documents are kept on SharePoint Online.", ["SharePoint"], id="sharepoint-online"),
    case("The data warehouse is hosted on Azure.", ["Microsoft Azure"], id="azure-not-azeus"),
    case("Salesforce is our CRM platform.", ["Salesforce"], id="salesforce"),
    case("Managers use Power BI for dashboards.", ["Power BI"], id="power-bi"),
    # ------------------------------------------------------------------ local government line of business
    # planning, building control, land charges
    case(
        "Planning and building control use Northgate Assure.",
        ["Northgate Assure"],
        {"supplier": "Northgate", "supplier_stated": True, "supplier_parent": "NEC Software Solutions"},
        id="northgate-assure",
    ),
    case("Planning applications are processed in Assure.", ["Northgate Assure"], {"match": "alias"}, id="assure-cue"),
    case(
        "Land charges searches are done in Tascomi.",
        ["Tascomi"],
        {"kind": "system", "supplier": "Tascomi"},
        id="tascomi-system-not-supplier",
    ),
    case(
        "The GLA uses Arcus as its planning back-office system.",
        ["Arcus Built Environment"],
        {"supplier": "Arcus Global", "supplier_stated": False},
        id="arcus-cue",
    ),
    case("Comments are published on Idox Public Access.", ["Idox Public Access"], {"supplier": "Idox"}, id="idox-pa"),
    # environmental health and licensing
    case("Licensing uses Civica Flare.", ["Civica Flare"], id="civica-flare"),
    case(
        "Environmental health inspections are recorded in Flare.",
        ["Civica Flare"],
        {"match": "alias", "supplier": "Civica", "supplier_stated": False},
        id="flare-cue",
    ),
    case("Taxi licensing is managed in Lalpac.", ["Lalpac"], {"supplier": None}, id="lalpac"),
    # revenues and benefits, documents
    case("Benefits documents are indexed in Civica W2.", ["Civica W2"], id="civica-w2"),
    # housing
    case(
        "Our housing management system is Orchard.",
        ["Orchard Housing"],
        {"supplier": "Orchard Information Systems"},
        id="orchard-cue",
    ),
    case("Rents are collected through OHMS.", ["OHMS"], {"supplier": None}, id="ohms"),
    case("Repairs operatives use Totalmobile.", ["Totalmobile"], {"kind": "system"}, id="totalmobile"),
    case("Repairs appointments are scheduled in Kirona DRS.", ["Kirona DRS"], id="kirona-drs"),
    # waste, highways
    case(
        "We use Whitespace for waste collection rounds.",
        ["Whitespace Waste Management"],
        {"match": "alias", "supplier": "Whitespace"},
        id="whitespace-cue",
    ),
    case("Highways asset management uses Horizons.", ["Yotta Horizons"], {"supplier": "Yotta"}, id="horizons-cue"),
    case("Street works are managed in Exor.", ["Exor"], {"supplier": None}, id="exor-cue"),
    # elections, committees
    case(
        "Electoral registration uses Xpress.",
        ["Xpress"],
        {"supplier": "Xpress Software Solutions"},
        id="xpress-cue",
    ),
    case(
        "The register of electors is kept in Eros.",
        ["Eros"],
        {"supplier": "Halarose", "supplier_parent": "Idox"},
        id="eros-cue",
    ),
    case(
        "Committee papers are published on Modern.gov.",
        ["Modern.gov"],
        {"supplier": "Civica", "domains": ["democracy"]},
        id="modern-gov",
    ),
    case("Agendas are managed in ModernGov.", ["Modern.gov"], {"match": "alias"}, id="moderngov"),
    # CRM, web and forms platforms
    case(
        "Online forms are built on Netcall Liberty Create.", ["Liberty Create"], {"supplier": "Netcall"}, id="liberty"
    ),
    case("Our website runs on Contensis.", ["Contensis"], {"supplier": "Zengenti"}, id="contensis"),
    case("The intranet runs on Umbraco.", ["Umbraco"], {"category": "platform"}, id="umbraco"),
    # schools
    case("We use Arbor for attendance.", ["Arbor MIS"], {"supplier": "Arbor Education"}, id="arbor-cue"),
    case("Schools use Integris as their MIS.", ["RM Integris"], id="integris-cue"),
    case("Primary schools use ScholarPack.", ["ScholarPack"], id="scholarpack"),
    # libraries
    case(
        "The library management system is Sierra.",
        ["Sierra"],
        {"supplier": "Innovative Interfaces", "domains": ["libraries"]},
        id="sierra-cue",
    ),
    case("Loans are recorded in SirsiDynix Symphony.", ["SirsiDynix Symphony"], id="sirsidynix-symphony"),
    case(
        "E-books are lent through BorrowBox from Bolinda.",
        ["BorrowBox"],
        {"supplier": "Bolinda Digital", "supplier_stated": True},
        id="borrowbox-bolinda",
    ),
    case("The catalogue runs on Koha.", ["Koha"], id="koha"),
    # FOI, complaints and incidents
    case(
        "Complaints are handled in Respond, our complaints management system.",
        ["Aptean Respond"],
        {"supplier": "Aptean", "match": "alias"},
        id="respond-cue",
    ),
    case("FOI requests are logged in iCasework.", ["iCasework"], id="icasework"),
    case("Requests are managed in Infreemation.", ["Infreemation"], id="infreemation"),
    case("Incidents are logged in Datix.", ["Datix"], {"supplier": "RLDatix"}, id="datix"),
    # GIS
    case("Our GIS is ArcGIS Online.", ["ArcGIS"], {"supplier": "Esri", "domains": ["gis"]}, id="arcgis-online"),
    case("Mapping uses MapInfo and QGIS.", ["MapInfo", "QGIS"], {"supplier": "Precisely"}, id="mapinfo-qgis"),
    case("Web maps are published with Astun iShare.", ["Astun iShare"], id="astun-ishare"),
    # parking and payments
    case(
        "Parking permits are bought on MiPermit and RingGo.",
        ["MiPermit", "RingGo"],
        {"domains": ["parking", "payments"]},
        id="mipermit-ringgo",
    ),
    case("Card payments go through Worldpay.", ["Worldpay"], id="worldpay"),
    case("Drivers can pay with PayByPhone.", ["PayByPhone"], id="paybyphone"),
    # ------------------------------------------------------------------ police
    case(
        "Crime, intelligence and custody records are held on Niche RMS.",
        ["Niche RMS"],
        {"supplier": "Niche Technology", "domains": ["policing"]},
        id="niche-rms",
    ),
    case("Crime reports are recorded on Niche.", ["Niche RMS"], {"match": "alias"}, id="niche-crime-cue"),
    case("The force uses the Niche system for this.", ["Niche RMS"], id="niche-system-word"),
    case(
        "Athena is used for crime recording, custody and intelligence.",
        ["Athena"],
        {"supplier": "Northgate", "supplier_parent": "NEC Software Solutions"},
        id="athena-cue",
    ),
    case("Our Athena system went live in 2015.", ["Athena"], id="athena-system-word"),
    case(
        "Custody records moved to NEC Connect.",
        ["NEC Connect"],
        {"supplier": "NEC Software Solutions"},
        id="nec-connect",
    ),
    case("Records management is on Connect, supplied by NEC.", ["NEC Connect"], {"match": "alias"}, id="connect-cue"),
    case(
        "Calls are logged on STORM, our command and control system.",
        ["STORM"],
        {"supplier": "Sopra Steria", "domains": ["policing", "command_control"]},
        id="storm-cue",
    ),
    case("The force moved to SmartStorm in 2022.", ["SmartSTORM"], {"supplier": "Sopra Steria"}, id="smartstorm"),
    case(
        "Our command and control system is ControlWorks.", ["ControlWorks"], {"supplier": "Capita"}, id="controlworks"
    ),
    case("Checks were made on the Police National Computer.", ["Police National Computer"], id="pnc-full"),
    case("Checks were made on the PNC.", ["Police National Computer"], {"match": "alias"}, id="pnc-cue"),
    case("Intelligence is shared on the PND with other forces.", ["Police National Database"], id="pnd-cue"),
    case("The murder enquiry was run on HOLMES 2.", ["HOLMES 2"], {"supplier": "Unisys"}, id="holmes-2"),
    case(
        "Major incidents use the Home Office Large Major Enquiry System.",
        ["HOLMES 2"],
        {"match": "alias"},
        id="holmes-full-name",
    ),
    case("Kent Police's Genesis held crime and custody records.", ["Genesis"], {"supplier": None}, id="genesis-cue"),
    case("Duty management is recorded on Origin HR.", ["Origin HR"], {"supplier": "Capita"}, id="origin-hr"),
    case("Origin is our duty management system.", ["Origin HR"], {"match": "alias"}, id="origin-cue"),
    case("Crime and custody are recorded on UNIFI.", ["UNIFI"], {"supplier": "SunGard Public Sector"}, id="unifi"),
    case("Durham Constabulary developed Red Sigma in-house.", ["Red Sigma"], {"supplier": None}, id="red-sigma"),
    case(
        "Officers record statements in Pronto on their mobile devices.",
        ["Pronto"],
        {"supplier": "Motorola Solutions"},
        id="pronto-cue",
    ),
    case(
        "Officers use Airwave radios.",
        ["Airwave"],
        {"supplier": "Airwave Solutions", "supplier_parent": "Motorola Solutions", "category": "platform"},
        id="airwave",
    ),
    case("Offender details are held on ViSOR.", ["ViSOR"], id="visor-cue"),
    case("Body-worn video is uploaded to Evidence.com.", ["Axon Evidence"], {"supplier": "Axon"}, id="evidence-com"),
    # ------------------------------------------------------------------ fire and rescue
    case(
        "Fire control mobilises crews using Vision.",
        ["Vision FRS"],
        {"supplier": "Capita", "match": "alias", "domains": ["fire_rescue", "command_control"]},
        id="vision-mobilising-cue",
    ),
    case("Our control room moved to Capita Vision in 2015.", ["Vision FRS"], id="capita-vision"),
    case("The mobilising system is 3tc MOBS.", ["MOBS"], {"supplier": "3tc Software"}, id="3tc-mobs"),
    case("Mobilising is done on MOBS.", ["MOBS"], {"match": "exact"}, id="mobs-cue"),
    case(
        "Figures are from the Incident Recording System (IRS) for fires attended.",
        ["Incident Recording System"],
        id="irs-fire",
    ),
    # ------------------------------------------------------------------ NHS
    case(
        "Rosters are managed in HealthRoster from Allocate.",
        ["HealthRoster"],
        {"supplier": "Allocate Software", "supplier_parent": "RLDatix"},
        id="healthroster-allocate",
    ),
    case("Incidents and complaints are recorded on Ulysses.", ["Ulysses"], {"supplier": None}, id="ulysses-cue"),
    case("Pathology requesting uses Sunquest ICE.", ["Clinisys ICE"], {"supplier": "Sunquest"}, id="sunquest-ice"),
    case("ICE is used for pathology requesting across the trust.", ["Clinisys ICE"], {"match": "alias"}, id="ice-cue"),
    case("The trust's EPR is MAXIMS.", ["MAXIMS"], {"supplier": "IMS MAXIMS"}, id="maxims-cue"),
    case(
        "Observations are recorded in Nervecentre.",
        ["Nervecentre"],
        {"supplier": "Nervecentre Software"},
        id="nervecentre",
    ),
    case(
        "Early warning scores are calculated by Patientrack.",
        ["Patientrack"],
        {"supplier": "Alcidion"},
        id="patientrack",
    ),
    case("The trust went live with CareFlow EPR.", ["CareFlow"], {"supplier": "System C"}, id="careflow"),
    case("The trust uses the Meditech system.", ["MEDITECH"], SUPPLIER, id="meditech-supplier-label"),
    case(
        "GP practices use EMIS Web, SystmOne or Vision.",
        ["EMIS Web", "SystmOne", "Cegedim Vision"],
        id="vision-gp-cue",
    ),
    case("Out-of-hours calls are triaged on Adastra.", ["Adastra"], {"supplier": "Advanced"}, id="adastra"),
    case("Practices file letters in Docman.", ["Docman"], {"supplier": None}, id="docman"),
    case("Evolve is used to view scanned medical records.", ["Kainos Evolve"], {"supplier": "Kainos"}, id="evolve-cue"),
    case("Pharmacy dispensing uses Ascribe.", ["Ascribe"], {"supplier": "EMIS"}, id="ascribe-cue"),
    case("Prescribing is on JAC EPMA.", ["JAC Medicines Management"], id="jac-epma"),
    case("Maternity records are kept in K2 Athena.", ["K2 Athena"], {"supplier": "K2 Medical Systems"}, id="k2-athena"),
    case("Maternity records are kept in E3.", ["Euroking E3"], {"supplier": "Euroking"}, id="euroking-e3-cue"),
    case("Referrals go through Cinapsis.", ["Cinapsis"], {"kind": "system", "supplier": "Cinapsis"}, id="cinapsis"),
    case("Referrals are booked on the NHS e-Referral Service.", ["NHS e-Referral Service"], id="e-rs"),
    # ------------------------------------------------------------------ suppliers named without their product
    case(
        "The system is supplied by OLM.",
        ["OLM"],
        {**SUPPLIER, "supplier": "OLM", "supplier_stated": True},
        id="supplied-by-olm",
    ),
    case("Our adults' case management software is from Servelec.", ["Servelec"], SUPPLIER, id="software-from-servelec"),
    case(
        "We evaluated systems from Careworks and Microsoft.",
        ["CareWorks", "Microsoft"],
        SUPPLIER,
        id="careworks-and-microsoft",
    ),
    case("The housing system is supplied by Northgate.", ["Northgate"], SUPPLIER, id="supplied-by-northgate"),
    # ------------------------------------------------------------------ higher education, transport, policing evidence,
    # NHS primary care, analytics (products the probe letters named)
    case(
        "The University's virtual learning environment is Canvas, supplied by Instructure.",
        ["Canvas"],
        {"supplier": "Instructure", "supplier_stated": True, "match": "exact"},
        id="canvas-instructure",
    ),
    case("Course materials are on the VLE, Canvas.", ["Canvas"], id="canvas-with-cue"),
    case("Students submit coursework through Moodle.", ["Moodle"], {"supplier": None}, id="moodle"),
    case(
        "Our VLE is Blackboard, and assignments are checked with Turnitin.",
        ["Blackboard Learn", "Turnitin"],
        {"match": "alias", "supplier": "Anthology"},
        id="blackboard-with-cue-and-turnitin",
    ),
    case(
        "The University moved from Blackboard Learn Ultra to D2L Brightspace in 2023.",
        ["Blackboard Learn", "Brightspace"],
        id="blackboard-learn-to-brightspace",
    ),
    case(
        "Rooms are timetabled in Syllabus Plus, supplied by Scientia Ltd.",
        ["Syllabus Plus"],
        {"supplier": "Scientia", "supplier_stated": True, "match": "exact"},
        id="syllabus-plus-scientia",
    ),
    case(
        "The student records system is SITS:Vision, supplied by Tribal Group plc.",
        ["SITS:Vision"],
        {"supplier": "Tribal Group", "supplier_stated": True, "match": "exact"},
        id="sits-vision",
    ),
    case("Applications are imported into SITS nightly for the University.", ["SITS:Vision"], id="sits-with-cue"),
    case(
        "The library management system is Alma, and the catalogue is searched through Primo.",
        ["Alma", "Primo"],
        {"supplier": "Ex Libris", "supplier_parent": "Clarivate"},
        id="alma-and-primo",
    ),
    case("Lectures are recorded with Panopto.", ["Panopto"], id="panopto"),
    case("Recorded lectures are on Echo for all modules.", ["Echo360"], {"match": "alias"}, id="echo-with-cue"),
    case("Lecture capture uses Echo360.", ["Echo360"], id="echo360"),
    case(
        "612 junctions run under SCOOT and 437 use MOVA.",
        ["SCOOT", "MOVA"],
        {"supplier": None},
        id="scoot-and-mova-with-cue",
    ),
    case(
        "Junctions use MOVA (Microprocessor Optimised Vehicle Actuation).",
        ["MOVA"],
        {"supplier": "TRL Software"},
        id="mova-full-name",
    ),
    case(
        "Our urban traffic control (UTC) system is Stratos.",
        ["Stratos"],
        {"supplier": "Yunex Traffic", "supplier_stated": False},
        id="stratos-with-cue",
    ),
    case(
        "The Council submits its quarterly waste returns through WasteDataFlow.",
        ["WasteDataFlow"],
        {"supplier": None},
        id="wastedataflow",
    ),
    case(
        "Footage is uploaded to VideoManager.",
        ["VideoManager"],
        {"supplier": "Motorola Solutions", "supplier_stated": False, "match": "exact"},
        id="videomanager",
    ),
    case(
        "Evidence is shared with COPFS through DESC, supplied by Axon.",
        ["Digital Evidence Sharing Capability"],
        {"supplier": "Axon", "supplier_stated": True, "match": "alias"},
        id="desc-with-cue",
    ),
    case(
        "NHS GM funded Accurx for all practices and a pilot of PATCHS online consultation.",
        ["Accurx", "PATCHS"],
        id="accurx-and-patchs",
    ),
    case(
        "Patients can request appointments through eConsult or the NHS App.",
        ["eConsult", "NHS App"],
        id="econsult-and-nhs-app",
    ),
    case(
        "Clinic letters are dictated using BigHand; GP practices use Lexacom.",
        ["BigHand", "Lexacom"],
        id="bighand-and-lexacom",
    ),
    case(
        # Alder Hey Children's NHS Foundation Trust, asked about digital dictation
        "Yes, we currently use Medisec but are in the processing of deploying a voice recognition software; Fluency "
        "Direct, to users on a department by department basis.",
        ["Medisec", "Fluency Direct"],
        id="medisec-and-fluency-direct",
    ),
    case("Infection prevention alerts are managed in ICNET.", ["ICNET"], id="icnet"),
    case(
        "Management information is drawn into Qlik Sense dashboards.",
        ["Qlik Sense"],
        {"supplier": "Qlik", "supplier_stated": True, "category": "platform"},
        id="qlik-sense",
    ),
    case("Older reports are still in QlikView.", ["QlikView"], id="qlikview"),
    case(
        "Performance dashboards are published in Tableau.",
        ["Tableau"],
        {"supplier": "Tableau Software", "supplier_parent": "Salesforce"},
        id="tableau-with-cue",
    ),
    case(
        "Placements are managed on NEC Housing (formerly Northgate), supplied by NEC Software Solutions UK.",
        ["Northgate Housing"],
        {"match": "alias", "supplier": "NEC Software Solutions"},
        id="nec-housing-alias",
    ),
    # ------------------------------------------------------------------ misspellings (fuzzy)
    case(
        "Children's social care uses Liquidlogik as its case management system.",
        ["Liquidlogic"],
        {**SUPPLIER, **FUZZY},
        id="fuzzy-liquidlogik",
    ),
    case("Finance and procurement use Agreso.", ["Unit4"], FUZZY, id="fuzzy-agreso"),
    case("Planning applications are processed in Accolaid.", ["Acolaid"], FUZZY, id="fuzzy-accolaid"),
    case("Provider payments are made through Controc.", ["ContrOCC"], FUZZY, id="fuzzy-controc"),
    case("Adult social care uses Carefrist.", ["CareFirst"], FUZZY, id="fuzzy-carefrist"),
    case("Documents are kept on Sharepont.", ["SharePoint"], FUZZY, id="fuzzy-sharepont"),
    case("The youth offending team uses ChildVeiw.", ["ChildView"], FUZZY, id="fuzzy-childveiw"),
    case("We use Idox Unifrom for planning.", ["Idox Uniform"], FUZZY, id="fuzzy-idox-unifrom"),
    case("Community nursing records are held in Systm One.", ["SystmOne"], FUZZY, id="fuzzy-systm-one"),
    case(
        "The council's new case management system is from Servalec.",
        ["Servelec"],
        {**SUPPLIER, **FUZZY},
        id="fuzzy-servalec",
    ),
    # a form's last word run on into another word is that word (East Renfrewshire Council's FOI policy)
    case(
        "The Policy established a cross-departmental Freedom of Information Working Group.",
        [],
        id="negative-fuzzy-a-form-run-on-into-another-word",
    ),
    # ------------------------------------------------------------------ products not in the catalogue
    case(
        "Back office systems (CareFirst with the CareAssess module) are integrated.",
        ["CareFirst", "CareAssess"],
        id="unknown-camelcase-module",
    ),
    case(
        "Chemotherapy is prescribed using ChemoCare, supplied by CIS Oncology, which links to the records system.",
        ["ChemoCare"],
        {"match": "unknown"},
        id="unknown-named-by-its-supplier-clause",
    ),
    # Southampton City Council's letter: the product said to be supplied by a catalogue supplier
    case(
        "No, except for Supporting People. This is SPOCC and is supplied by Oxford Computer Consultants.",
        ["SPOCC"],
        {"match": "unknown", "supplier": "Oxford Computer Consultants"},
        id="unknown-said-to-be-supplied-by-a-known-supplier",
    ),
    case(
        "The training is provided by Capita and the data is supplied by NHS Digital.",
        [],
        id="negative-lower-case-things-said-to-be-supplied",
    ),
    # Barnet, Enfield and Haringey Mental Health NHS Trust: the product's name split, beside its cue
    case(
        "2. The Trust uses Big Hand for its digital dictation system across all departments.",
        ["BigHand"],
        id="bighand-split-beside-dictation",
    ),
    case("Please give the volunteers a big hand. Big Hand awards were presented.", [], id="negative-big-hand-no-cue"),
    # Hywel Dda University Health Board's rostering reply
    case(
        "Medical and Dental - The UHB utilises CLWrota rostering software for anaesthetists.",
        ["CLWrota"],
        {"match": "unknown"},
        id="unknown-capitals-then-lower-case-before-what-it-does-and-software",
    ),
    case("Please describe the case management software you use.", [], id="negative-no-name-before-the-software"),
    # Newark and Sherwood District Council's log, answering "The names of any software systems or tools used"
    case(
        "3. The names of any software systems or tools used by the FOI team.\n\nResponse\n\n"
        "3. Meritec ESB is used to log the above requests",
        ["Meritec ESB"],
        {"match": "unknown"},
        id="unknown-product-said-to-be-used-in-an-answer-about-software",
    ),
    case(
        "Agency staff are used to cover vacancies in the case management team.",
        [],
        id="negative-used-but-no-product-shape",
    ),
    # Devon County Council's disclosure log: the name that is the whole of the answer to "Which ... system is used"
    case(
        "2. Which Enterprise Resource Planning (ERP) system is used by the authority (e.g. Oracle, SAP, Advanced, "
        "Civica)?\nFINEST. This will be replaced by Unit4 in April 2025.\n3. Please state the total number of supplier "
        "transactions processed by Accounts Payable in the last financial year.\nInvoices: Total number - 54,638\n",
        ["FINEST", "Unit4"],
        id="unknown-name-that-is-the-whole-answer-to-which-system-is-used",
    ),
    case(
        "1. Which software do you use to record requests?\nREASONS\nThe information is exempt under section 43.\n",
        [],
        id="negative-a-headings-capitals-under-which-software",
    ),
    case(
        "CCTV is used to monitor the entrance; footage is kept on the system for 31 days.",
        [],
        id="negative-used-but-not-a-product",
    ),
    case(
        "Outages of the prison IT system, NOMIS, are logged by the service desk.",
        ["NOMIS"],
        id="unknown-in-apposition-to-a-system-word",
    ),
    case(
        "Body-worn video footage is uploaded to CommandCentral Evidence, supplied by Motorola Solutions, our evidence "
        "system.",
        ["CommandCentral Evidence"],
        {"supplier": "Motorola Solutions", "match": "unknown"},
        id="unknown-product-takes-its-stated-supplier",
    ),
    case(
        "Crime records are held on PoliceWorks, supplied by Capita. Occupation is recorded as free text.",
        ["PoliceWorks"],
        {"supplier": "Capita"},
        id="unknown-product-named-by-a-catalogue-supplier",
    ),
    case(
        "System | Used for | Supplier\n-------+----------+---------\nZephyr CAD | 999 call handling | Zephyr Systems Ltd\n"
        "N/A | Patient transport | -\nAdastra | NHS 111 clinical assessment | Advanced\n",
        ["Zephyr CAD", "Adastra"],
        id="unknown-products-in-a-tables-system-column",
    ),
    case(
        "Incidents are recorded in our National Incident Recording System (NIRS); water samples are held in the "
        "Water Information Management System (WIMS).",
        ["NIRS", "WIMS"],
        id="unknown-products-spelt-out-with-their-acronyms",
    ),
    case(
        # Police Scotland, answering for the years its new custody system records
        "To clarify further, the introduction of a new National Custody System (NCS) in 2017 allows us to extract "
        "figures after this time.",
        ["NCS"],
        id="an-unknown-product-brought-in-spelt-out-with-its-acronym",
    ),
    case(
        "Our urban traffic control system is Stratos, supplied by Yunex Traffic (formerly Siemens Mobility).",
        ["Stratos"],
        id="a-suppliers-former-name-is-no-mention",
    ),
    case(
        # A WhatDoTheyKnow request to Somerset County Council
        "SCC IT is outsourced to South West One (85% owned by IBM) including technical support - Is the IT "
        "Applications software in Children's Services technically supported by South West One?",
        [],
        id="a-contractors-owner-is-no-mention",
    ),
    case(
        # A WhatDoTheyKnow request to Northamptonshire County Council
        "In the November 2017 meeting of the Joint Committee, a report produced by the consultants Agilisys about the "
        "state of the business software implementation programme was presented to Members.",
        [],
        id="a-consultancy-is-no-mention",
    ),
    case(
        "System | Supplier | Contract end\nTascomi Building Control | Idox Software Ltd | 31/10/2024\n"
        "Iken Case Management | Iken Business Ltd | 31/03/2026\n",
        ["Tascomi", "Iken"],
        id="a-supplier-column-is-no-mention",
    ),
    # ------------------------------------------------------------------ ambulance, NHS workforce and engagement
    case(
        "East of England Ambulance Service NHS Trust uses the CAD system supplied by Cleric, Cleric CAD, and sends "
        "appointment reminders through DrDoctor. Time and attendance is recorded in Kronos Workforce Central.",
        ["Cleric CAD", "DrDoctor", "Kronos Workforce Central"],
        id="ambulance-dispatch-patient-engagement-and-time-and-attendance",
    ),
]

POSITIVES += [
    # The City of Wolverhampton Council's reply, its answer run on after the question's colon: two school systems
    # listed with a comma, the maker of neither named
    case(
        "Which school MIS (management information systems) providers do you hold\nsupport contracts or "
        "accreditations with, and for each MIS provider: SIMS, Bromcom\n",
        ["SIMS", "Bromcom"],
        id="two-school-systems-listed-after-mis-provider",
    ),
    case(
        "Example of CRM systems the organisation may use could include Microsoft Dynamics, Front Office, Lagan CRM, "
        "Firmstep\n",
        ["Microsoft Dynamics 365", "Lagan", "Firmstep"],
        id="a-list-of-crm-systems-is-no-supplier-of-the-one-before",
    ),
]
POSITIVES += [
    case(
        "2. If you do not use SharePoint what collaboration products do you use?\nHuddle and IBM Lotus Quickr.\n",
        ["Huddle", "Lotus Quickr"],
        id="collaboration-products-huddle-and-quickr",
    ),
    case("Staff email runs on Lotus Notes.", ["Lotus Notes"], {"supplier": "IBM"}, id="lotus-notes"),
    case(
        "1. This question relates to the London Care Record where patients' records are shared around various areas.",
        ["London Care Record"],
        {"supplier": None},
        id="a-regional-shared-care-record",
    ),
    case(
        "Records are shared through the Yorkshire & Humber Care Record (YHCR).",
        ["Yorkshire & Humber Care Record"],
        id="yorkshire-and-humber-care-record",
    ),
    # Generative AI tools a reply names (the Office for Nuclear Regulation's release of April 2025)
    case(
        "Question 4\nOur initial use cases will assess the use of Microsoft Copilot, the Government Communications "
        "Service Assist tool and QuillBot for text preparation and summarisation.\n",
        ["Microsoft Copilot", "GCS Assist", "QuillBot"],
        {"supplier": "Microsoft"},
        id="generative-ai-tools-piloted",
    ),
    case(
        "Staff may use Copilot and ChatGPT for drafting; Gemini is not approved.\n",
        ["Microsoft Copilot", "ChatGPT", "Google Gemini"],
        id="generative-ai-tools-by-their-short-names",
    ),
    case(
        "Social workers in adult services are trialling Magic Notes to draft assessments.",
        ["Magic Notes"],
        id="ai-note-taking-in-social-care",
    ),
]

NEGATIVES = [
    # The National Archives' published requests: the requester's examples between the log's "Request" and "Response"
    # headings, a reply answering none of them
    case(
        "CRM systems\n\nFOI request reference: CAS-70174-D4X2F7\nPublication date: September 2021\n\nRequest\n\n"
        "The information I'm requesting is regarding the software contracts that the organisation uses.\n\n"
        "Primary Customer Relationship Management Solution (CRM):\nFor example, Salesforce, Lagan CRM, Microsoft "
        "Dynamics; software of this nature.\n1. Name of Supplier: Can you please provide me with the software provider "
        "for each contract?\n\n2. Annual Spend: What is the annual average spend for each contract?\n\nResponse\n\n"
        "We do not hold a contract for a CRM system. Our enquiries are logged in an in-house database.\n",
        [],
        id="examples-in-a-logs-request-section",
    ),
    # Northumbria Police's log on TASER use: a body's chest is no e-tendering portal
    case(
        "1. Can I have the number of instances that an individual has been hit in the chest area with a TASER in the "
        "financial year 2011/2012.",
        [],
        id="the-chest-area-is-no-portal",
    ),
    # a sentence that opens on the words, with no procurement word near: no portal either
    case(
        "The Chest X-ray Unit reported 40 cases in 2023.",
        [],
        id="the-chest-x-ray-unit-is-no-portal",
    ),
    # a request on NHS Kernow's disclosure log: the text's own initials for the words before them, a system word among
    # them, are no product ("ICS", the Integrated Children's System's short name)
    case(
        "1. How much money does your integrated care system (ICS) spend on radiology outsourcing, overall and per "
        "outsourcing provider if multiple providers exist?\n3. How many vacancies for consultant radiologists exist in "
        "your ICS?\n",
        [],
        id="initials-the-text-defines-after-a-system-word",
    ),
    # A word of a catalogue name grown into another word is no misspelling of it: the Greater London Authority's log
    # ("network" for "work") and an ICO decision notice quoted by the First-tier Tribunal ("form" for "work") are no
    # "Information@Work"
    case(
        "Please share the nature of the access to the Combined Homelessness and Information Network database.",
        [],
        id="information-network-is-no-information-at-work",
    ),
    case(
        "On 3 November 2021, Mr Salter completed the Council's Application for Information form.",
        [],
        id="information-form-is-no-information-at-work",
    ),
    # a foundry is a works, not Palantir's platform, with no word of Palantir near it
    case("The old foundry site on Mill Lane is owned by the council.", [], id="a-foundry-is-a-works"),
    # Hastings Borough Council's log, cut before its answers: the examples straight under a question's mark, no
    # request of the requester's printed, are none in use.
    case(
        "FOI request (FOIR-817062067)\n\n      Section A \u2014 Current System\n\n      1. What is the name of the "
        "back-office software system currently used by your planning service for processing planning applications?"
        "\n\n      (e.g. Idox Uniform, Agile Planning, DEF, Arcus, Northgate M3, BOPS, other)\n\n      2. What "
        "version of this software is currently in use?\n",
        [],
        id="examples-straight-under-a-questions-mark",
    ),
    # Moray Council's log, a request only: the examples' versions carry stops that end no sentence.
    case(
        "Request 101002599111\n\nA. Finance System\n1 What is the main Finance/ERP system? Please identify the version "
        "currently in use (e.g. Oracle Financials 12.1.3, Oracle Cloud ERP 20C, or SAP ECC 6.0)\n\n2 Is the "
        "Finance/ERP system delivered through a shared service?\n",
        [],
        id="examples-with-versions-stops",
    ),
    # Hastings Borough Council's log: a product named only in a question of the request it prints, the reply cut inside
    # its refusal of question 1 (shared/corpus/LABELLING.md: the request's names count only where only it is present)
    case(
        "FOI request (FOIR-599333299)\n1. What software do you use for your payroll, HR, and finance?\n2. How many "
        "people do you pay each month?\n3. Do you use Microsoft power platform technologies such as Power Automate?\n"
        "4. What is the employee count in your organisation?\nResponse\n1. NOTICE OF REFUSAL\nThe information you "
        "have requested in relation to question 1 is commercially sensitive and falls under Section 43 of the Freedom "
        "of Information Act.\n",
        [],
        id="a-name-in-a-logs-question-the-cut-reply-never-reached",
    ),
    # An ICO decision notice's address: "Service New" is a space taken out and a letter changed from ServiceNow
    case(
        "Public Authority: Address: Commissioner of the Metropolitan Police Service New Scotland Yard Broadway London "
        "SW1H 0BG",
        [],
        id="words-parted-with-a-letter-changed-are-no-fuzzy-name",
    ),
    # a service's name in a page's title (The National Archives' disclosure log): a space put in before a word in lower
    # case is no misspelt "AchieveService"
    case(
        "Inspection reports on Carmarthenshire Archives service\n\nFOI request reference: F0043083\n",
        [],
        id="archives-service-is-no-achieveservice",
    ),
    # a link's title cut at the page's end (Redditch Borough Council on WhatDoTheyKnow): no misspelt Information@Work
    case("For more information please see:\n\n[2]Guide to the Environmental Information Re", [], id="information-re"),
    # a public body's name, whatever cue ("Trust") stands in it (the trust's own reply)
    case(
        "I can confirm the following Kent and Medway NHS and Social Care Partnership Trust information about its "
        "patient records.",
        [],
        id="medway-inside-a-trusts-name",
    ),
    # the city, not the NHS system
    case("The Royal Devon and Exeter hospital is in Exeter.", [], id="exeter-the-city"),
    case("The team will Huddle at nine each morning before the ward round.", [], id="huddle-a-meeting"),
    case("The Trust reviewed its EPR systems in 2023.", [], id="epr-systems-not-a-misspelt-epic-systems"),
    case(
        "Service | Used for | Cost\nHousing Repairs | Responsive repairs | 12,000\n",
        [],
        id="a-table-with-no-system-column",
    ),
    case("| System name | Care records |\n| Supplier | Brightwave |\n", [], id="a-field-and-value-table"),
    case(
        "Clinicians use the Electronic Patient Record (EPR) and the Patient Administration System (PAS).",
        [],
        id="kinds-of-system-spelt-out",
    ),
    case(
        "How many properties had a Category 1 hazard under the Housing Health and Safety Rating System (HHSRS)?",
        [],
        id="a-scheme-spelt-out-is-not-software",
    ),
    case("The request was logged on our case management system, Please note it is old.", [], id="system-comma-clause"),
    case("Data comes from the finance system, Monday to Friday.", [], id="system-comma-weekday"),
    case("The figures in the software report were supplied by the finance team.", [], id="supplied-by-a-team"),
    case("This spreadsheet, provided by Finance, lists each payment system.", [], id="provided-by-opening-word"),
    case("We can confirm that the information is held.", [], id="confirm-verb"),
    case("Confirm the number of systems your council uses for planning.", [], id="confirm-opening-a-question"),
    case("The council offers a mosaic of services for older people.", [], id="a-mosaic-of-services"),
    case("Our homecare provider is Mosaic Care Group.", [], id="mosaic-care-group"),
    case("Family Mosaic manages the supported housing scheme.", [], id="family-mosaic"),
    case("The meeting was held in Paris, France, last year.", [], id="paris-france"),
    case("The eclipse of the old ways of working took years.", [], id="the-eclipse-of"),
    case("This is one of our systems.", [], id="one-of-our-systems"),
    case("Access to Resources is a team within children's services.", [], id="access-to-resources"),
    case("The contract was awarded through a procurement framework.", [], id="procurement-framework"),
    case("The contract was awarded through the ESPO Framework.", [], id="espo-framework"),
    case("Medway Council does not hold this information.", [], id="medway-council"),
    case("The Synergy Programme is a cross-government shared services initiative.", [], id="synergy-programme"),
    case("Pupils must wear school uniform at all times.", [], id="school-uniform"),
    case("The Capital programme is funded by borrowing.", [], id="capital-not-capita"),
    case("Per capita spending on social care rose last year.", [], id="per-capita"),
    case("Please contact us at the Civic Centre.", [], id="civic-centre"),
    case("Our social work teams meet weekly.", [], id="social-work-teams"),
    case("The SAP rating of the property is 65.", [], id="sap-energy-rating"),
    case("Unit 4, Riverside Business Park, Leeds.", [], id="unit-4-address"),
    case("The care home puts each resident's care first.", [], id="care-first-prose"),
    case("Advanced practitioners support the team.", [], id="advanced-practitioners"),
    case("Our offices are at Northgate House.", [], id="northgate-house"),
    # a kind of system in title case (a request on East Lancashire Hospitals NHS Trust's log); not The Access Group's
    case(
        "Patient Access System: A Patient Access System allows patients to manage their appointments.",
        [],
        id="patient-access-system",
    ),
    case("Pupils at each Academy were surveyed.", [], id="academy-school"),
    case("Staff of the London Ambulance Service (LAS) were consulted.", [], id="las-london-ambulance"),
    case("The ICS (Integrated Care System) covers five places.", [], id="ics-integrated-care-system"),
    case("ESR was elevated in the blood test results of two patients.", [], id="esr-clinical"),
    case("Connect to the SSID shown on the router.", [], id="ssid-wifi"),
    case("Staff are encouraged to excel in their roles.", [], id="excel-verb"),
    case("The Dynamics of the team changed after the restructure.", [], id="dynamics-word"),
    case("Many Systems Thinking workshops were held.", [], id="systems-thinking"),
    case("The Trojan horse email was quarantined.", [], id="trojan-horse"),
    case("All pay scales were reviewed in April.", [], id="all-pay-not-allpay"),
    case("Please complete the open text field.", [], id="open-text-field"),
    case("Yours sincerely\n\nLorenzo Rossi\nSystems Officer", [], id="lorenzo-signature"),
    case("Training sessions are held over Microsoft Teams.", [], id="teams-is-not-a-system"),
    case("Data is kept in an Excel spreadsheet.", [], id="excel-spreadsheet"),
    # local government line of business: the ordinary words
    case("I can assure you that planning officers have reviewed this.", [], id="assure-verb"),
    case("Please leave white space between your answers.", [], id="white-space"),
    case("Whitespace characters were removed from the export.", [], id="whitespace-it"),
    case("The orchard behind the depot was replanted.", [], id="an-orchard"),
    case("Repairs at 5 Orchard Close were completed within 28 days of the tenancy start.", [], id="orchard-close"),
    case("Pupils planted trees on Arbor Day.", [], id="arbor-day"),
    case("Respond within 20 working days to each FOI request.", [], id="respond-verb"),
    case("The Symphony Orchestra played at the library.", [], id="symphony-orchestra"),
    case("Precisely how many requests were received is not recorded.", [], id="precisely-adverb"),
    case("Our public access to the building is step-free.", [], id="public-access"),
    case("Flares and fireworks are banned in the park.", [], id="flares"),
    case("New Horizons is a youth project.", [], id="new-horizons"),
    case("The pension fund holds shares in Exor N.V. and Shell.", [], id="exor-holding"),
    case("Integers must be entered in the form.", [], id="integers-not-integris"),
    case("Belinda Smith, Information Officer.", [], id="belinda-information"),
    case("Customers can pay by phone.", [], id="pay-by-phone"),
    # police, fire and NHS: the ordinary words
    case("A storm damaged the roof of the fire station.", [], id="a-storm"),
    case("During Storm Arwen the control room took 2,000 calls and logged 300 incidents.", [], id="storm-arwen"),
    case("Please connect to the guest network.", [], id="connect-verb"),
    case("Connect with us on social media to hear about policing in your area.", [], id="connect-with-us"),
    case("We allocate resources according to threat, risk and harm.", [], id="allocate-verb"),
    case("Allocate resources according to need.", [], id="allocate-opening"),
    case("The statue of Athena stands in the museum.", [], id="athena-goddess"),
    case("The university holds an Athena SWAN bronze award.", [], id="athena-swan"),
    case("ICE contact details are held for each officer.", [], id="ice-in-case-of-emergency"),
    case("Genesis Housing Association manages the scheme.", [], id="genesis-housing"),
    case("Country of Origin is recorded in the HR system for each officer.", [], id="country-of-origin"),
    case("The origin of the request is unclear.", [], id="origin-word"),
    case("Our Vision is to make the county safer for everyone in fire and rescue.", [], id="our-vision"),
    case("Our Vision for IT is to move our systems to the cloud.", [], id="vision-for-it"),
    case("Our Vision For Fire Safety sets out the plan.", [], id="vision-for-title-case"),
    case("Services must evolve to meet demand.", [], id="evolve-verb"),
    case("We ascribe no particular value to this.", [], id="ascribe-verb"),
    case("Ulysses by James Joyce is in the library.", [], id="ulysses-novel"),
    case("Niche areas of policing need specialist training.", [], id="niche-areas"),
    case("Mr Holmes was the investigating officer.", [], id="holmes-surname"),
    case("JOHN HOLMES, MAJOR CRIME REVIEW OFFICER", [], id="holmes-signature"),
    case("He said we needed it pronto.", [], id="pronto-word"),
    case("Many customers use UniFi access points on the network.", [], id="unifi-ubiquiti"),
    case("Airwaves carried the message across the county.", [], id="airwaves"),
    case("The Nerve Centre of the operation was the control room.", [], id="nerve-centre"),
    case("Maxims of equity were cited by counsel.", [], id="maxims-word"),
    case("Patients with PND are referred to perinatal mental health services.", [], id="pnd-postnatal-depression"),
    case("Mobs gathered outside the station.", [], id="mobs-word"),
    case("The IRS is the US tax agency.", [], id="irs-us-tax"),
    case("The visor of the helmet was broken.", [], id="visor-word"),
    case("Motorola handsets were issued to staff.", [], id="motorola-handsets"),
    case("Capital Vision 2030 is our strategy.", [], id="capital-vision"),
    # higher education, transport, policing evidence, NHS, analytics: the ordinary words
    case("The new park gives the community a blank canvas.", [], id="a-blank-canvas"),
    case("Canvas bags were given to every visitor at the library open day.", [], id="canvas-bags"),
    case("The annual Canvass of electors began in July.", [], id="electoral-canvass"),
    case("The teacher wrote the answers on the blackboard.", [], id="the-blackboard"),
    case("Blackboard paint was used on the nursery walls.", [], id="blackboard-paint"),
    case("Seminars run on Blackboard Collaborate.", [], id="blackboard-collaborate-is-a-tool"),
    case("Alma Road depot is closed on Sundays.", [], id="alma-road"),
    case("Yours sincerely\n\nAlma Jones\nLibrary Services Manager", [], id="alma-signature"),
    case("Primo Levi's books are in the library.", [], id="primo-levi"),
    case("Children scoot to school on the new cycle path.", [], id="scoot-verb"),
    case("Scoot flights were booked for the delegation.", [], id="scoot-airline"),
    case("Stratos House is home to the finance team.", [], id="stratos-house"),
    case("The Mova brand of bikes is popular.", [], id="mova-brand"),
    case("The export was sorted by date DESC.", [], id="desc-sort-order"),
    case("Patches of ice were reported on the A38.", [], id="patches"),
    case("Tableau vivant performances were held at the museum.", [], id="tableau-vivant"),
    case("An Echo was requested for the patient before surgery.", [], id="echo-cardiogram"),
    case("The Northern Echo reported the story.", [], id="northern-echo"),
    case("We gave the volunteers a Big Hand at the awards evening.", [], id="a-big-hand"),
    case("Our Video Manager produced the recruitment film.", [], id="video-manager-job-title"),
    case(
        "The Deputy SIRO (Senior Information Risk Owner) chairs the group that reviews the system access logs.",
        [],
        id="information-risk-owner",
    ),
    case("Infrastructure projects are funded by borrowing.", [], id="infrastructure-not-instructure"),
    case("The Syllabus for each course is published online.", [], id="syllabus-word"),
    case("The Anthology of poems was bought for the library.", [], id="an-anthology"),
    case("The project reached TRL 6 last year.", [], id="technology-readiness-level"),
    case("Scientia Potentia Est is the school motto.", [], id="scientia-motto"),
    case(
        "Dear North Trust,\n\nPlease provide the following:\n\n"
        "1. Please could you confirm the main EPR system (e.g Cerner Millennium, EPIC etc.) in place at your Trust?\n\n"
        "2. Will a paper scanning system (such as MediViewer) be used?\n\nYours faithfully,\n\nA Requester",
        [],
        id="examples-in-a-request",
    ),
    case(
        "Dear North Trust,\n\n1. Which EPR system do you use (e.g. Cerner Millennium, Epic)?\n\n"
        "2. What collaboration products do you use? i.e. Drupal or Beehive\n\nYours faithfully,\n\nA Requester",
        [],
        id="examples-after-e-g-and-i-e-with-their-stops",
    ),
    case(
        "Finance Systems\n\n1. Does the council outsource its transactional services?\n\nNo\n\n2. Which Finance system "
        "is used by the authority (Oracle, Agresso, Sage, E-Financial, SAP etc.)\n\nFinest - supported by our own "
        "team\n\n3. Has this finance system been used for the last 6 years?\n\nYes\n",
        # A question's bracketed list closed by "etc." gives examples, not systems in use (Devon County Council's
        # disclosure log).
        [],
        id="a-bracketed-list-of-examples-closed-by-etc",
    ),
    case(
        "Request reference: FOI 10999\n\nThe applicant requested:\n\n1. Name of each software application currently in "
        "use\n\n2. Whether the application is hosted on a Virtual Desktop (Citrix or Azure VDI, or similar) or hosted "
        "by the developer\n\nResponse provided:\n\n1. Spreadsheet of applications attached\n\n2. On premises\n",
        # A question's bracketed alternatives closed by "or similar" are examples (a request on North Devon Council's
        # log).
        [],
        id="a-bracketed-list-of-examples-closed-by-or-similar",
    ),
    case(
        "Our ref: FOI-2014-430\nDear Ms Downton,\nYou wrote:\n1. Do you use SharePoint within the council?\n"
        "The Council does not use SharePoint.\n2. Within your IT department, who manages your SharePoint projects?\n"
        "N/A.\n",
        [],
        id="a-product-asked-about-that-the-authority-does-not-use",
    ),
    case(
        "Internal Reference Number: FOI_9131\nQuestion Number 1:\nType A: EPR (Electronic Patient Record) systems\n2. For "
        "each hospital, please "
        "provide:\na Name of the core EPR system used (e.g., EPIC, Cerner, SystemC, Nervecentre, Dedalus, other)?\n",
        [],
        id="examples-in-a-question-a-disclosure-log-prints-without-a-request",
    ),
    case(
        # A request for contracts sent to many bodies, on the General Teaching Council for Scotland's log: the names
        # after "Example of ... could include", the fifth a hundred characters on, are the requester's examples.
        "Dear North Council,\n\nI require the organisations to provide me with the following contract information:\n\nB. "
        "Primary Customer Relationship Management (CRM) Solution-this is the organisation's main CRM system. Example of "
        "CRM systems the organisation may use could include Microsoft Dynamics, Front Office, Lagan CRM, Firm step.\n\n"
        "D. The organisation's primary corporate Finance Software Solution. Example of finance systems the "
        "organisation may use could include E-Business suite, Agresso (Unit4), iTrent.\n\nYours faithfully,\n\nA "
        "Requester",
        [],
        id="examples-of-a-kind-of-system-in-a-request",
    ),
    case(
        # The same request on the British Council's log: its fifth name stands past the reach of "Example of", after
        # "could include".
        "Dear North Council,\n\n4. The organisation's primary corporate Finance Software Solution-this is the "
        "organisation's main finance system and may include service support, maintenance and upgrades. Example of "
        "finance systems the organisation may use could include E-Business suite, Agresso (Unit4), eFinancials, "
        "Integra, SAP\n",
        [],
        id="the-last-of-a-long-list-after-could-include",
    ),
    case(
        "Dear Ms Downton,\nThe Council no longer uses Lagan; its CRM is now Microsoft Dynamics 365.\n",
        ["Microsoft Dynamics 365"],
        id="a-product-the-authority-no-longer-uses",
    ),
    case(
        # A request to South Tyneside Council on WhatDoTheyKnow: the lines under "For Example:" show the answer's form
        "Dear Northby Council,\nSpecifically, can you disclose:\n1. The name & provider of any GIS/Map software\n2. "
        "The renewal date or contract length of the licenses held\nFor Example:\nSoftware: ArcGIS - ESRI, Number of "
        "Licenses: 15, Price: £xxxx.xx, Renewal Date:\nSoftware: Map Info – Pitney Bowes, Number of Licenses: 3\n",
        [],
        id="lines-under-a-for-example-heading",
    ),
    case(
        # West Yorkshire Police's disclosure log: the neither-confirm-nor-deny formula, capitalised, in an answer to a
        # question about software
        "Q1) How many computers within your force run the Windows XP operating system?\n\nPlease see Appendix A for "
        "the full explanation as to why Northby Police can neither Confirm nor Deny whether any information is held.\n",
        [],
        id="neither-confirm-nor-deny-capitalised",
    ),
    case(
        # The London Borough of Hackney on WhatDoTheyKnow: the reply cut before it reaches the question naming them
        "Dear Northby Borough Council,\n\n1) How many employees are working in the council ?\n2) What is your annual "
        "IT budget ?\n3) Do you use Azure / Amazon Web Services or Office365 ?\n\nYours faithfully,\n\nJo Doe\n\n"
        "Dear Ms Doe\n\nYou requested the following:\n\n1) How many employees are working in the council?\n\nThe "
        "council employs approx. 4,500.\n\n2) What is your annual IT budget?\n\nThe information",
        [],
        id="products-only-in-a-question-the-reply-has-not-reached",
    ),
    # The AI products' short names are ordinary names and words without a cue beside them
    case("Please contact Claude Jones, Senior Information Officer.", [], id="a-person-called-claude"),
    case("The Gemini Centre is open on Saturdays.", [], id="a-building-called-gemini"),
    case("The driver and his copilot were both injured in the collision.", [], id="a-copilot-in-a-collision"),
    case("The Atlas building on the ring road houses the council's archives.", [], id="a-building-called-atlas"),
]


@pytest.mark.parametrize(("text", "expected", "attrs"), POSITIVES + NEGATIVES)
def test_spellings(text: str, expected: list[str], attrs: dict[str, Any]) -> None:
    found = [m for m in systems(text) if m.category not in TOOL_KINDS]
    assert [m.name for m in found] == expected
    for key, value in attrs.items():
        assert getattr(found[0], key) == value, key
    for mention in found:
        for span in mention.spans:
            assert span.text in text.replace("\n", " ") or span.text in text


def test_the_table_is_large_enough() -> None:
    assert len(POSITIVES) >= 80
    assert len(NEGATIVES) >= 20


# ----------------------------------------------------------------------------------------------- mentions
def test_tools_are_reported_typed_by_category() -> None:
    text = "Training is delivered over Microsoft Teams and Zoom video calls; lists are kept in Excel spreadsheets."
    tools = {m.name: m.category for m in systems(text)}
    assert tools == {
        "Microsoft Teams": "collaboration_tool",
        "Zoom": "collaboration_tool",
        "Microsoft Excel": "office_suite",
    }
    assert set(tools.values()) <= TOOL_KINDS
    assert systems(text, include_tools=False) == []
    assert systems("Our social work Teams use Mosaic for case management.")[0].name == "Mosaic"


def test_each_product_is_reported_once_with_every_span() -> None:
    text = "Mosaic is our case management system. Mosaic training takes 7 hours. Staff log in to Mosaic daily."
    (mosaic,) = systems(text)
    assert [s.text for s in mosaic.spans] == ["Mosaic"] * 3
    assert all(text[s.start : s.end] == "Mosaic" for s in mosaic.spans)
    assert mosaic.surface == ["Mosaic"]


def test_an_unknown_product_is_reported_once_with_every_span() -> None:
    # Derbyshire Constabulary on WhatDoTheyKnow: the request's sentence, and the reply quoting it
    text = (
        "Incidents stored either on a log or the Force Crime System (FCS) are shared with the Home Office.\n\n"
        "I write in connection with your request. Incidents stored either on a log or the Force Crime System (FCS) "
        "are shared with the Home Office.\n"
    )
    (fcs,) = systems(text)
    assert (fcs.name, fcs.match) == ("FCS", "unknown")
    assert len(fcs.spans) == 2
    assert all(text[s.start : s.end] == s.text for s in fcs.spans)


def test_stated_supplier_span_is_recorded() -> None:
    text = "Provider payments are managed in ContrOCC, supplied by Oxford Computer Consultants."
    (controcc,) = systems(text)
    assert controcc.supplier_stated and controcc.supplier == "Oxford Computer Consultants"
    assert [s.text for s in controcc.spans] == ["ContrOCC", "Oxford Computer Consultants"]


def test_questions_and_directorates_come_from_the_answers() -> None:
    text = (
        "Dear Mr Smith\n\n1. Name of system and supplier\n\nChildren's Social Care response:\n\nLiquidlogic LCS\n\n"
        "Adult's Social Care response:\n\nMosaic is our case management system.\n\n"
        "2. How long have you used the system?\n\nChildren's Social Care response:\n\nLCS since 2013.\n\n"
        "Yours sincerely\n\nJane Smith\n"
    )
    found = {m.name: m for m in systems(text)}
    assert found["Liquidlogic LCS"].questions == ["1", "2"]
    assert found["Liquidlogic LCS"].directorates == ["children"]
    assert found["Mosaic"].questions == ["1"] and found["Mosaic"].directorates == ["adults"]


def test_a_product_in_a_question_the_reply_answers_is_kept() -> None:
    text = (
        "Dear Northby Borough Council,\n\n1) How many employees are working in the council ?\n2) Do you use Liquidlogic LCS "
        "for children's social care ?\n\nYours faithfully,\n\nJo Doe\n\nDear Ms Doe\n\n1) How many employees are "
        "working in the council?\n\nThe council employs approx. 4,500.\n\n2) Yes.\n"
    )
    assert [m.name for m in systems(text)] == ["Liquidlogic LCS"]


def test_a_supplier_named_with_its_product_is_not_also_a_supplier_only_mention() -> None:
    text = "OLM system\n\nThe council will replace Carefirst with OLM's new Eclipse system."
    assert [(m.name, m.kind) for m in systems(text)] == [("CareFirst", "system"), ("Eclipse", "system")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # Thurrock Council's published response: the supplier's name alone answers a question about a system
            "Request:\n\n1. Which system do your staff use to access and manage citizen records?e.g Liquid Logic, Mosaic "
            "etc.\n2. How many staff use it?\n\nResponse:\n\n1. Liquid Logic\n\n2. 450 staff.\n",
            [("Liquidlogic", "supplier")],
            id="a-supplier-alone-answering-a-question-about-a-system",
        ),
        pytest.param(
            # Transport for London's published response
            "You specifically asked:\n\n1. What telephone system does the organisation use?\nMitel and Avaya.\n\n2. How "
            "many users use the telephone system?\n22,273\n",
            [("Mitel", "supplier"), ("Avaya", "supplier")],
            id="telephony-suppliers-answering-a-question-about-a-system",
        ),
        pytest.param(
            "1. Who cleans your offices?\nCapita.\n\n2. How many cleaners are there?\n12\n",
            [],
            id="a-supplier-answering-a-question-about-something-else-is-no-system",
        ),
    ],
)
def test_a_supplier_named_in_answer_to_a_question_about_software(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.kind) for m in systems(text)] == expected


def test_matchers_are_built_once_per_catalogue() -> None:
    catalogue = get_catalogue()
    assert system_matcher(catalogue) is system_matcher(catalogue)
    other = Catalogue()
    assert system_matcher(other) is not system_matcher(catalogue)


# ----------------------------------------------------------------------------------------------- the seed
def test_seed_names_exactly_three_systems(seed_record) -> None:  # type: ignore[no-untyped-def]
    found = {m.name: m for m in seed_record.systems if m.category not in TOOL_KINDS}
    assert list(found) == ["Liquidlogic LCS", "ContrOCC", "Mosaic"]
    lcs, controcc, mosaic = found.values()
    assert (lcs.supplier, lcs.supplier_stated, lcs.supplier_parent) == ("Liquidlogic", True, "System C")
    assert lcs.id == "liquidlogic-lcs" and lcs.category == "line_of_business" and lcs.match == "exact"
    assert "childrens_social_care" in lcs.domains
    assert lcs.surface == ["Liquidlogic LCS", "LCS"]
    assert "1" in lcs.questions and lcs.directorates == ["children"]
    assert (controcc.supplier, controcc.supplier_stated) == ("Oxford Computer Consultants", False)
    assert (mosaic.supplier, mosaic.supplier_stated, mosaic.supplier_parent) == ("Servelec", False, "The Access Group")
    assert mosaic.directorates == ["adults"] and mosaic.questions == ["8"]
    assert all(m.kind == "system" for m in found.values())
    for mention in seed_record.systems:
        for span in mention.spans:
            assert seed_record.text[span.start : span.end] == span.text


def test_seed_microsoft_teams_is_a_collaboration_tool_not_a_system(seed_record) -> None:  # type: ignore[no-untyped-def]
    assert "Microsoft Teams" not in [m.name for m in seed_record.systems]
    teams = [m for m in seed_record.tools if m.name == "Microsoft Teams"]
    assert len(teams) == 1
    assert teams[0].category == "collaboration_tool" and teams[0].id == "microsoft-teams"
    assert teams[0].questions == ["8"] and teams[0].directorates == ["children"]
    assert [m.name for m in seed_record.tools if m.category in TOOL_KINDS] == ["Microsoft Teams"]


# ----------------------------------------------------------------------------------------------- fuzzy threshold
# Misspellings of catalogue names, each -> the entry it should resolve to. Kinds of slip seen in FOI replies and
# council papers: transposed letters ("Mosiac", "Carefrist"), a dropped or doubled letter ("Controc",
# "Aggresso"), a wrong vowel ("Servalec"), a split word ("Systm One", "Resource Link").
MISSPELLINGS = {
    "Liquidlogc": "supplier:liquidlogic",
    "Liqiudlogic": "supplier:liquidlogic",
    "Liquidlgic": "supplier:liquidlogic",
    "Liquidogic": "supplier:liquidlogic",
    "Liquid Logik": "supplier:liquidlogic",
    "Liquidlogic LSC": "system:liquidlogic-lcs",
    "Controc": "system:controcc",
    "Contocc": "system:controcc",
    "ContrOOC": "system:controcc",
    "Conntrocc": "system:controcc",
    "Carefrist": "system:carefirst",
    "Carefirts": "system:carefirst",
    "Carefist": "system:carefirst",
    "Carfirst": "system:carefirst",
    "Caredirecter": "system:caredirector",
    "Caredirctor": "system:caredirector",
    "CareDiretor": "system:caredirector",
    "SytmOne": "system:systmone",
    "SystmeOne": "system:systmone",
    "Systm One": "system:systmone",
    "SystmOen": "system:systmone",
    "Agreso": "system:unit4-erp",
    "Aggresso": "system:unit4-erp",
    "Agressso": "system:unit4-erp",
    "Acolade": "system:idox-acolaid",
    "Accolaid": "system:idox-acolaid",
    "Acoliad": "system:idox-acolaid",
    "Idox Unifrom": "system:idox-uniform",
    "ResourseLink": "system:resourcelink",
    "Resource Link": "system:resourcelink",
    "Resourcelnk": "system:resourcelink",
    "OpenRevenue": "system:civica-openrevenues",
    "Sharepont": "system:sharepoint",
    "SharePiont": "system:sharepoint",
    "Microsoft Dynamcis": "system:dynamics-365",
    "Micorsoft": "supplier:microsoft",
    "Mircosoft": "supplier:microsoft",
    "Microsft": "supplier:microsoft",
    "Oracel": "supplier:oracle",
    "Orcale": "supplier:oracle",
    "Civcia": "supplier:civica",
    "Civicia": "supplier:civica",
    "Capitia": "supplier:capita",
    "Captia": "supplier:capita",
    "Servelc": "supplier:servelec",
    "Servalec": "supplier:servelec",
    "Servelecc": "supplier:servelec",
    "Corelogix": "supplier:corelogic",
    "Corelgic": "supplier:corelogic",
    "Framworki": "system:frameworki",
    "Frameworkie": "system:frameworki",
    "ChildVeiw": "system:childview",
    "Childveiw": "system:childview",
    "BadgerNett": "system:badgernet",
    "Bagdernet": "system:badgernet",
    "TrackCare": "system:trakcare",
    "Winpth": "system:winpath",
    "CareWork": "supplier:careworks",
    "Carewroks": "supplier:careworks",
    "Azues Care": "system:azeus-care",
    "OLM Eclipes": "system:olm-eclipse",
    "Servelec Mosiac": "system:mosaic",
    "Salesfroce": "system:salesforce",
    "ServiceNwo": "system:servicenow",
    "Liberatta": "supplier:liberata",
    "Agilysis": "supplier:agilisys",
    "Agylisys": "supplier:agilisys",
    "Bromcomm": "supplier:bromcom",
    "Symmology": "supplier:symology",
    "Verient": "supplier:verint",
    "GovDelivary": "system:govdelivery",
    "Drupel": "system:drupal",
    "Mayrsie": "system:mayrise",
    "Spidus": "system:spydus",
    "Tranmen": "system:tranman",
    "Nervecenter": "system:nervecentre",
    "Patienttrack": "system:patientrack",
    "HealthRooster": "system:healthroster",
    "Controlworx": "system:controlworks",
    "Smartstrom": "system:smartstorm",
}
DICTIONARY = Path("/usr/share/dict/british-english")


def _corpus_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "raw").glob("*.txt"))]
    if SEED.is_file():
        texts.append(SEED.read_text(encoding="utf-8"))
    if DEV_CORPUS.is_dir():
        texts += [
            json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted((DEV_CORPUS / "raw").glob("*.json"))
        ]
    return texts


def _corpus_queries() -> set[str]:
    """Every capitalised word and word pair of the corpus that the fuzzy matcher would look up."""
    matcher = system_matcher(get_catalogue())
    queries: set[str] = set()
    for text in _corpus_texts():
        run = _Run(matcher, context(text), [])
        run.candidates()
        queries.update(query for _, _, query in run.fuzzy_queries())
    return queries


def _dictionary_words() -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    if not DICTIONARY.is_file():
        return set()
    words = set()
    for line in DICTIONARY.read_text(encoding="utf-8").split():
        if line.isalpha() and line.isascii() and len(line) >= FUZZY_MIN_LENGTH and line.lower() not in STOP_WORDS:
            words.add(line[0].upper() + line[1:])
    return words


def fuzzy_sweep(scorer: Any, thresholds: list[float]) -> list[tuple[float, float, int, int, list[str]]]:
    """(threshold, recall on MISSPELLINGS, corpus false matches, dictionary false matches, examples), before the
    ordinary-word guard, for ``scorer`` with ``utils.default_process`` against the matcher's choices."""
    matcher = system_matcher(get_catalogue())
    forms = set(matcher.fuzzy_targets)
    for entry in (*matcher.systems.values(), *matcher.suppliers.values()):
        forms.update(utils.default_process(f) for f in entry.ambiguous_names)

    def best(query: str) -> tuple[str, float] | None:
        key = utils.default_process(query)
        bucket = matcher.fuzzy_buckets.get(key[:1])
        if not bucket:
            return None
        found = process.extractOne(query, bucket, scorer=scorer, processor=utils.default_process)
        return None if found is None else (str(found[0]), float(found[1]))

    positives = {query: best(query) for query in MISSPELLINGS}
    corpus = {query: best(query) for query in _corpus_queries()}
    dictionary = {
        word: best(word) for word in _dictionary_words() if utils.default_process(word) not in forms
    }  # a word that is itself a catalogue form ("Oracle") is matched exactly, never fuzzily
    rows = []
    for threshold in thresholds:
        hits = sum(
            1
            for query, found in positives.items()
            if found and found[1] >= threshold and ":".join(matcher.fuzzy_targets[found[0]]) == MISSPELLINGS[query]
        )
        corpus_fp = sorted(q for q, f in corpus.items() if f and f[1] >= threshold)
        dict_fp = sorted(q for q, f in dictionary.items() if f and f[1] >= threshold)
        rows.append((threshold, hits / len(positives), len(corpus_fp), len(dict_fp), (corpus_fp + dict_fp)[:8]))
    return rows


@pytest.mark.slow
def test_fuzzy_threshold_is_the_measured_one() -> None:
    """The measurement behind FUZZY_THRESHOLD; ``pytest -s -k measured`` prints the sweep."""
    thresholds = [80.0, 83.0, 85.0, 86.0, 88.0, 90.0, 92.0]
    sweeps = {
        name: fuzzy_sweep(scorer, thresholds) for name, scorer in (("ratio", fuzz.ratio), ("WRatio", fuzz.WRatio))
    }
    for name, sweep in sweeps.items():
        print(f"\n{name}: threshold, recall, corpus false matches, dictionary false matches")
        for threshold, recall, corpus_fp, dict_fp, examples in sweep:
            print(f"  {threshold:5.1f}  {recall:.3f}  {corpus_fp:4d}  {dict_fp:5d}  {examples}")
    rows = {row[0]: row for row in sweeps["ratio"]}
    chosen = rows[FUZZY_THRESHOLD]
    assert chosen[1] >= 0.9  # recall on the labelled misspellings
    # Below the threshold, words that are not in the guard and are not product names start to match
    # (person names such as "Shauna" -> S/4HANA, "Verity" -> Verint, "Center" -> Cerner); above it,
    # recall falls with nothing gained.
    assert rows[83.0][1] > chosen[1] > rows[88.0][1]
    wratio = {row[0]: row for row in sweeps["WRatio"]}
    assert wratio[FUZZY_THRESHOLD][2] > chosen[2]  # WRatio matches words that merely contain a name


@pytest.mark.slow
def test_no_corpus_word_matches_fuzzily() -> None:
    false = []
    for text in _corpus_texts():
        ctx = context(text)
        found = extract_systems(ctx, extract_questions(ctx))
        false += [m.surface for m in found if m.match == "fuzzy"]
    assert false == []
    assert all(word == word.lower() for word in _ORDINARY_WORDS)


@pytest.mark.slow
def test_no_dictionary_word_matches_fuzzily() -> None:
    # The guard (_ORDINARY_WORDS) drifts as the catalogue grows: "Grammar" came within the threshold of Grammarly once
    # that was added, and was caught here only once the word list was installed again. Skipped without the list, but
    # not in CI (.ci/run installs it and sets FOIPARSE_REQUIRE_WORDLIST).
    if not DICTIONARY.is_file():
        if os.environ.get("FOIPARSE_REQUIRE_WORDLIST") == "1":
            pytest.fail(f"{DICTIONARY} is missing")
        pytest.skip(f"no word list at {DICTIONARY} (apt-get install wbritish)")
    matcher = system_matcher(get_catalogue())
    forms = set(matcher.fuzzy_targets)
    for entry in (*matcher.systems.values(), *matcher.suppliers.values()):
        forms.update(utils.default_process(f) for f in entry.ambiguous_names)
    false = [
        w for w in _dictionary_words() if utils.default_process(w) not in forms and matcher.fuzzy_lookup(w) is not None
    ]
    assert sorted(false) == []


def test_fuzzy_lookup_finds_the_misspellings() -> None:
    matcher = system_matcher(get_catalogue())
    found = {q: matcher.fuzzy_lookup(q) for q in MISSPELLINGS}
    resolved = {q: ":".join(matcher.fuzzy_targets[f[0]]) for q, f in found.items() if f is not None}
    assert all(resolved[q] == MISSPELLINGS[q] for q in resolved)
    assert len(resolved) / len(MISSPELLINGS) >= 0.9


# Texts made of the characters the name patterns test for: letters of both cases, digits, the characters a word
# may not follow or precede ([\w@./'-]), white space and other punctuation.
_PATTERN_TEXT = st.text(alphabet=st.sampled_from(list("aAbBcCeEsSzZ019 _@./'-,()\n\t")), max_size=80)


@pytest.mark.parametrize(
    ("before", "may_match"),
    [
        ("CareFirst (with the CareAssess", True),
        ("our CareAssess", True),
        ("the case management", False),  # no capital before the last word's lower-case letters
        ("the IT", False),  # the last word has no lower-case letters
        ("the Care", True),  # a capital before them: the pattern decides ("Care" is not CamelCase)
        ("a system2go", False),
        ("", False),
    ],
)
def test_may_end_camel_case(before: str, may_match: bool) -> None:
    """Whether a name may end where " module" starts, in "<before> module"."""
    assert _may_end_camel_case(before + " module", 0, len(before)) is may_match


@settings(max_examples=500, deadline=None)
@given(_PATTERN_TEXT, st.integers(min_value=0, max_value=80))
def test_may_end_camel_case_never_drops_a_name(text: str, begin: int) -> None:
    """The test before the backward search in _Run.unknown is necessary only: wherever _UNKNOWN_NAME finds a name
    ending before a space, it passes."""
    text += " system"
    space = len(text) - len(" system")
    begin = min(begin, space)
    if _UNKNOWN_NAME.search(text, begin, space + 1) is not None:
        assert _may_end_camel_case(text, begin, space)
