// Products (产品管理) and their categories — checked against docs/api-contracts.md. Ids are
// strings, money in integer fen (fields ending in `Fen`).
import { request } from './client'
import type { ListResponse } from './types'

export interface ProductCategory {
  id: string
  parentId: string | null
  name: string
  position: number
  /** Products in this category itself, not its subtree. */
  productCount: number
}

export interface ProductCategoryInput {
  name?: string
  parentId?: string | null
  position?: number
}

export type ProductStatus = 'on' | 'off'
export const PRODUCT_STATUSES: readonly ProductStatus[] = ['on', 'off']

export interface Product {
  id: string
  code: string
  name: string
  spec: string
  unit: string
  listPriceFen: number
  status: ProductStatus
  categoryId: string | null
  categoryName: string | null
  /** An attachment id; GET /attachments/{id} serves the image. */
  imageId: string | null
  description: string
  createdAt: string
  updatedAt: string
}

export interface ProductInput {
  code?: string
  name?: string
  spec?: string
  unit?: string
  listPriceFen?: number
  status?: ProductStatus
  categoryId?: string | null
  imageId?: string | null
  description?: string
}

export type ProductSort = 'code' | 'name' | '-listPriceFen' | '-createdAt'
export const PRODUCT_SORTS: readonly ProductSort[] = ['code', 'name', '-listPriceFen', '-createdAt']

export interface ProductListQuery {
  /** Code or name. */
  q?: string
  /** The category's whole subtree. */
  categoryId?: string
  status?: ProductStatus
  sort?: ProductSort
  limit?: number
  cursor?: string | null
}

/** details of 409 product_category.in_use. */
export interface CategoryInUse {
  products?: number
  children?: number
}

const enc = encodeURIComponent

export function listProductCategories(): Promise<{ items: ProductCategory[] }> {
  return request('/product-categories')
}

export function createProductCategory(body: ProductCategoryInput & { name: string }): Promise<ProductCategory> {
  return request('/product-categories', { method: 'POST', body })
}

export function updateProductCategory(id: string, body: ProductCategoryInput): Promise<ProductCategory> {
  return request(`/product-categories/${enc(id)}`, { method: 'PATCH', body })
}

/** Silent: the page explains 409 product_category.in_use with the counts. */
export function deleteProductCategory(id: string): Promise<void> {
  return request(`/product-categories/${enc(id)}`, { method: 'DELETE', silent: true })
}

export function listProducts(query: ProductListQuery = {}): Promise<ListResponse<Product>> {
  return request('/products', { query: { ...query } })
}

export function getProduct(id: string): Promise<Product> {
  return request(`/products/${enc(id)}`)
}

export function createProduct(body: ProductInput & { code: string; name: string; listPriceFen: number }): Promise<Product> {
  return request('/products', { method: 'POST', body, silent: true })
}

export function updateProduct(id: string, body: ProductInput): Promise<Product> {
  return request(`/products/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteProduct(id: string): Promise<void> {
  return request(`/products/${enc(id)}`, { method: 'DELETE' })
}
