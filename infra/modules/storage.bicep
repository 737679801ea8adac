// Table Storage for everything the bot keeps. Shared keys are switched off: the only way in is Entra ID,
// and the bot's managed identity holds the one data role it needs.

@description('Storage account name (3-24 lower-case letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param accountName string

@description('Azure region.')
param location string

@description('Resource id of the bot\'s managed identity (known before deployment, so the role assignment name is stable).')
param identityId string

@description('Principal id of the bot\'s managed identity.')
param identityPrincipalId string

@description('Tags put on every resource.')
param tags { *: string }

// Built-in role "Storage Table Data Contributor": read, write and create tables, nothing else.
var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, identityId, tableDataContributorRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributorRoleId)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('The table endpoint, for example https://account.table.core.windows.net/.')
output tableServiceUri string = account.properties.primaryEndpoints.table
