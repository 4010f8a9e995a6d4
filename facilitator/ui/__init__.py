"""The Qt user interface: windows, dialogs and item models. Only this package imports PySide6."""

from facilitator.ui.feature_hook import skip_source_reading

skip_source_reading()
