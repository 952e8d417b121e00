"""The case company's KPI data (CP4) and its dashboard: charts, text alternative, table."""
