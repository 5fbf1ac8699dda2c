## blockers
