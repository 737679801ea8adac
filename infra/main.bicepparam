// Parameters for a small deployment in one region. Copy and edit for another environment.
using 'main.bicep'

param baseName = 'elcbot'
param botDisplayName = 'ELC Bot'
param appServiceSku = 'B1'
param instanceCount = 1
param botSku = 'F0'
param logRetentionDays = 30
param tags = {
  application: 'ElcBot'
  environment: 'production'
}
