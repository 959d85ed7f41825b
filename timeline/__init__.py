"""Timeline: claims table in, filtered frames and plotly figures out (no Streamlit here)."""
