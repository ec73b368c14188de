enum _PlaceholderClaimReports {}
