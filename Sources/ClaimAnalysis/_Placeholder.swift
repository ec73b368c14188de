enum _PlaceholderClaimAnalysis {}
