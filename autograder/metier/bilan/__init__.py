"""The activity review (CP8): a rep's period drawn from the CRM, its gaps, and the report."""
