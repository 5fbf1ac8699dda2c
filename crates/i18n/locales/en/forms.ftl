## forms: the event form: dates, deployments, placing on the map, events that change nothing
