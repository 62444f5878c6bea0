// CLI entry
