"""Civilian things that have a range too: aircraft, vehicles, batteries, radios, sensors.

Their reach is not a weapon's (ANNOTATION.md rule 2), so a figure or a class word nearer to one of these
than to a weapon is left out. The list is by kind, written from general knowledge.
"""

from __future__ import annotations

from newsfacts.text import LazyPattern

# Aircraft: generic words, makers and the airliner model numbers news copy uses (Boeing 707-787, Airbus A300-A380).
_AIRCRAFT = (
    r"aircraft|airliners?|airplanes?|aeroplanes?|planes?|jets?|jetliners?|flights?|helicopters?|airships?"
    r"|Boeing|Airbus|Embraer|Bombardier|Cessna|Gulfstream|Learjet|Concorde|Dreamliner"
    r"|7[0-8]7(?:-\d{3}|[A-Z]{1,3})?|A3[0-8]0(?:-\d{3}|[A-Z]{1,3})?"
)
# Road vehicles and their kinds, electric or not.
_VEHICLES = (
    r"cars?|vehicles?|EVs?|sedans?|saloons?|SUVs?|hatchbacks?|pickups?|trucks?|lorr(?:y|ies)|vans?|buses"
    r"|bikes?|e-bikes?|bicycles?|motorcycles?|motorbikes?|scooters?|e-scooters?|mopeds?|tractors?"
)
# Battery packs (a missile "battery" is a weapon), radios and devices whose range is a signal's or a charge's.
_DEVICES = (
    r"battery\s(?:packs?|life|cells?)|(?:lithium|phone|car)(?:-ion)?\sbatter(?:y|ies)|kWh|chargers?|phones?|smartphones?|Bluetooth|Wi-?Fi|radios?|walkie-talkies?"
    r"|routers?|transmitters?|antennas?|signals?|remotes?|headphones?|earbuds?"
)
# Sensors, spacecraft and unarmed drones.
_SENSORS = (
    r"radars?|sonars?|cameras?|imagers?|telescopes?|sensors?|satellites?|spacecraft|probes?|rovers?"
    r"|drones?|quadcopters?"
)

CIVILIAN = f"(?:{_AIRCRAFT}|{_VEHICLES}|{_DEVICES}|{_SENSORS})"
CIVILIAN_WORD = LazyPattern(r"(?i)(?<![\w-])" + CIVILIAN + r"(?![\w-])")
"""A civilian thing named as a word of its own; a hyphen ends no word here ("truck-mounted" names a launcher)."""
