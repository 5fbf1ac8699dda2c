## forms: the event form: dates, deployments, placing on the map, events that change nothing

## Deploying the force in one event
kind-deploy = Deploy the force (troops, mandate, where)
kind-deploy-help = The stabilisation force deploys in one step: to the governorates ticked (or the whole Strip), with this many troops and this mandate. Under “monitor” the force helps little with clearance; see the Help on force_mandate.
form-deploy-to = Deploy to
form-troops = Troops
event-deploy-force = force of { $troops } troops deploys to { $places } ({ $mandate })
