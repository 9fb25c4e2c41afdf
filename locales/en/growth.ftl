## Growth: measurements, percentiles, charts
