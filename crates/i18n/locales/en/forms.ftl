## forms: the event form: dates, deployments, placing on the map, events that change nothing

## Deploying the force in one event
kind-deploy = Deploy the force (troops, mandate, where)
kind-deploy-help = The stabilisation force deploys in one step: to the governorates ticked (or the whole Strip), with this many troops and this mandate. Under “monitor” the force helps little with clearance; see the Help on force_mandate.
form-deploy-to = Deploy to
form-troops = Troops
event-deploy-force = force of { $troops } troops deploys to { $places } ({ $mandate })

## An event that would change nothing
no-effect-no-troops = This changes nothing: the force has no troops on that day. Give it troops (Deploy the force has a Troops field) or set force_troops first.
no-effect-already-deployed = This changes nothing: on that day the force is already there, with these troops and this mandate.
no-effect-not-deployed = This changes nothing: on that day the force is not in { $governorate }.
no-effect-same-value = This changes nothing: on that day the driver already has this value.
no-effect-already-so = This changes nothing: on that day it is already so.
no-effect-all-held = This changes nothing: on that day all of this area is held behind the line, where nobody lives and no rule changes the zone. Choose an area outside the hatched land.
no-effect-no-intensity = This changes nothing: a strike of intensity 0. Intensity 1 is a single deadly incident.
