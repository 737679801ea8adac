// Parameters for a small deployment in one region. Copy and edit for another environment.
using 'main.bicep'

param baseName = 'elcbot'
param botDisplayName = 'ELC Bot'
param appServiceSku = 'B1'
param instanceCount = 1
param botSku = 'F0'
param logRetentionDays = 30

// Read from the environment so the secret is never written in this file. Export the same value before every
// deployment (README, Deploy): a different one cuts people off from what they gave.
param contributorKeySecret = readEnvironmentVariable('ELCBOT_CONTRIBUTOR_KEY_SECRET')

// Entra object ids of the people who may start rounds, for example
// '11111111-2222-3333-4444-555555555555'. Find one with: az ad user show --id name@example.org --query id -o tsv
param facilitatorIds = []

param tags = {
  application: 'ElcBot'
  environment: 'production'
}
