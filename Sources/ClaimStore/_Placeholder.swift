enum _PlaceholderClaimStore {}
